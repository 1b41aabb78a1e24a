/** One step per quirk of a profile, chained by the profile layer (profile-layer.ts). */
import {
  commitFailure,
  errorCode,
  otherVersionElements,
  reinitialize,
  slowCalls,
  strictSpm,
  suspendDataLimit,
} from './answer-quirks.ts';
import type { QuirkContext, QuirkStep } from './quirk-context.ts';
import { recordedAnswers } from './recorded-answers.ts';
import {
  autoComplete,
  emptyStatus,
  statusAtLaunch,
  untouchedStatusIncomplete,
} from './status-quirks.ts';
import type { Quirk } from './types.ts';

export type { Answer, Call, QuirkContext, QuirkStep } from './quirk-context.ts';

const passThrough: QuirkStep = (_call, next) => next();

export function quirkStep(quirk: Quirk, ctx: QuirkContext): QuirkStep {
  switch (quirk.quirk) {
    case 'auto-complete':
      return autoComplete(quirk, ctx);
    case 'untouched-status-incomplete':
      return untouchedStatusIncomplete(ctx);
    case 'status-at-launch':
      return statusAtLaunch(quirk, ctx);
    case 'empty-status':
      return emptyStatus(quirk, ctx);
    case 'suspend-data-limit':
      return suspendDataLimit(quirk, ctx);
    case 'commit-failure':
      return commitFailure(quirk, ctx);
    case 'other-version-elements':
      return otherVersionElements(quirk, ctx);
    case 'error-code':
      return errorCode(quirk, ctx);
    case 'reinitialize':
      return reinitialize(ctx);
    case 'slow-calls':
      return slowCalls(quirk, ctx);
    case 'strict-spm':
      return strictSpm(ctx);
    case 'recorded-answers':
      return recordedAnswers(quirk, ctx);
    case 'api-via-opener':
      // Acts on how the page is launched (profileLaunchMode), not on any answer.
      return passThrough;
  }
}
