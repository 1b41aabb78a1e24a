/**
 * The rule catalog: an explicit list, content rules first, then the rules that judge the LMS.
 * A rule missing here does not run; the catalog test checks every rule file is listed.
 */
import callAfterTerminate from './call-after-terminate.ts';
import callBeforeInitialize from './call-before-initialize.ts';
import commitStorm from './commit-storm.ts';
import dialogInUnload from './dialog-in-unload.ts';
import errorUnchecked from './error-unchecked.ts';
import exitNotSuspendWhileIncomplete from './exit-not-suspend-while-incomplete.ts';
import getWriteOnly from './get-write-only.ts';
import indexBeyondCount from './index-beyond-count.ts';
import initializeAfterTerminate from './initialize-after-terminate.ts';
import initializeTwice from './initialize-twice.ts';
import interactionOrder from './interaction-order.ts';
import interactionResponseFormat from './interaction-response-format.ts';
import invalidValueType from './invalid-value-type.ts';
import invalidVocabulary from './invalid-vocabulary.ts';
import keywordMisuse from './keyword-misuse.ts';
import lmsAcceptedInvalidValue from './lms-accepted-invalid-value.ts';
import lmsGetInvalidValue from './lms-get-invalid-value.ts';
import lmsLastErrorMismatch from './lms-last-error-mismatch.ts';
import lmsRefusedValidValue from './lms-refused-valid-value.ts';
import lmsResultErrorMismatch from './lms-result-error-mismatch.ts';
import lmsStateErrorCode from './lms-state-error-code.ts';
import lmsUnknownErrorCode from './lms-unknown-error-code.ts';
import lmsWrongErrorCode from './lms-wrong-error-code.ts';
import logoutExitDeprecated from './logout-exit-deprecated.ts';
import masteryScoreConflict from './mastery-score-conflict.ts';
import missingArgument from './missing-argument.ts';
import nonEmptyArgument from './non-empty-argument.ts';
import notAttemptedWrite from './not-attempted-write.ts';
import passingScoreWithoutScaled from './passing-score-without-scaled.ts';
import scaledOutOfRange from './scaled-out-of-range.ts';
import scoreOutOfRange from './score-out-of-range.ts';
import scoreOutsideMinMax from './score-outside-min-max.ts';
import sessionTimeDecreasing from './session-time-decreasing.ts';
import sessionTimeFormat from './session-time-format.ts';
import sessionTimeMismatch from './session-time-mismatch.ts';
import sessionTimeMissing from './session-time-missing.ts';
import setReadOnly from './set-read-only.ts';
import statusDowngrade from './status-downgrade.ts';
import statusNotSetOnLaunch from './status-not-set-on-launch.ts';
import suspendDataOverLimit from './suspend-data-over-limit.ts';
import suspendDataOverSpm from './suspend-data-over-spm.ts';
import terminateBehindConfirm from './terminate-behind-confirm.ts';
import terminateMissing from './terminate-missing.ts';
import terminateTwice from './terminate-twice.ts';
import thresholdWithoutProgress from './threshold-without-progress.ts';
import uncommittedData from './uncommitted-data.ts';
import unknownElement from './unknown-element.ts';
import valueOutOfRange from './value-out-of-range.ts';
import wrongVersionElement from './wrong-version-element.ts';
import type { DefinedRule } from './define-rule.ts';

export const CONTENT_RULES: readonly DefinedRule[] = [
  callAfterTerminate,
  callBeforeInitialize,
  commitStorm,
  dialogInUnload,
  errorUnchecked,
  exitNotSuspendWhileIncomplete,
  getWriteOnly,
  indexBeyondCount,
  initializeAfterTerminate,
  initializeTwice,
  interactionOrder,
  interactionResponseFormat,
  invalidValueType,
  invalidVocabulary,
  keywordMisuse,
  logoutExitDeprecated,
  masteryScoreConflict,
  missingArgument,
  nonEmptyArgument,
  notAttemptedWrite,
  passingScoreWithoutScaled,
  scaledOutOfRange,
  scoreOutOfRange,
  scoreOutsideMinMax,
  sessionTimeDecreasing,
  sessionTimeFormat,
  sessionTimeMismatch,
  sessionTimeMissing,
  setReadOnly,
  statusDowngrade,
  statusNotSetOnLaunch,
  suspendDataOverLimit,
  suspendDataOverSpm,
  terminateBehindConfirm,
  terminateMissing,
  terminateTwice,
  thresholdWithoutProgress,
  uncommittedData,
  unknownElement,
  valueOutOfRange,
  wrongVersionElement,
];

export const LMS_RULES: readonly DefinedRule[] = [
  lmsAcceptedInvalidValue,
  lmsGetInvalidValue,
  lmsLastErrorMismatch,
  lmsRefusedValidValue,
  lmsResultErrorMismatch,
  lmsStateErrorCode,
  lmsUnknownErrorCode,
  lmsWrongErrorCode,
];

export const RULES: readonly DefinedRule[] = [...CONTENT_RULES, ...LMS_RULES];
