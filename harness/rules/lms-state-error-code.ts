import { ErrorCode } from '../../runtime-2004/error-codes.ts';
import { Scorm12Error } from '../../runtime-1.2/error-codes.ts';
import { SUPPORT_KINDS, type CallKind } from './api-call.ts';
import { defineRule } from './define-rule.ts';
import type { Phase } from './session-state.ts';

const CODES_2004: Partial<Record<Phase, Partial<Record<CallKind, string>>>> = {
  'not-initialized': {
    get: ErrorCode.retrieveDataBeforeInitialization,
    set: ErrorCode.storeDataBeforeInitialization,
    commit: ErrorCode.commitBeforeInitialization,
    terminate: ErrorCode.terminationBeforeInitialization,
  },
  terminated: {
    initialize: ErrorCode.contentInstanceTerminated,
    get: ErrorCode.retrieveDataAfterTermination,
    set: ErrorCode.storeDataAfterTermination,
    commit: ErrorCode.commitAfterTermination,
    terminate: ErrorCode.terminationAfterTermination,
  },
  running: { initialize: ErrorCode.alreadyInitialized },
};

/** 1.2 after LMSFinish: 301 (ADL, Moodle) or 101 (scorm-again); ref #state-model-12. */
function expected12(phase: Phase, kind: CallKind): readonly string[] | undefined {
  if (SUPPORT_KINDS.has(kind)) return undefined;
  if (phase === 'running')
    return kind === 'initialize' ? [Scorm12Error.GeneralException] : undefined;
  if (kind === 'initialize') return undefined;
  return phase === 'not-initialized'
    ? [Scorm12Error.NotInitialized]
    : [Scorm12Error.NotInitialized, Scorm12Error.GeneralException];
}

export default defineRule(
  {
    id: 'lms-state-error-code',
    calls: ['initialize', 'terminate', 'get', 'set', 'commit'],
    title: 'LMS answered a call out of session state wrongly',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#state-model-12', '2004': 'scorm-runtime.md#state-model-2004' },
    hint: 'outside a running session the LMS must refuse data calls with the state model’s error code',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (!call || (call.element === '' && call.kind === 'get')) return;
      const phase = state.phase(call.api);
      const code2004 = call.api === '2004' ? CODES_2004[phase]?.[call.kind] : undefined;
      const codes =
        call.api === '2004'
          ? code2004 === undefined
            ? undefined
            : [code2004]
          : expected12(phase, call.kind);
      if (!codes || codes.length === 0) return;
      if (call.failed && codes.includes(call.error)) return;
      const got = call.failed ? `error ${call.error}` : `success (${JSON.stringify(call.result)})`;
      report(
        `${call.fn} while ${phase}: the LMS answered ${got}; expected error ${codes.join(' or ')}`,
        event.seq,
      );
    },
    finish() {},
  }),
);
