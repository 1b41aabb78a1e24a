import { fnName } from './api-call.ts';
import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'initialize-after-terminate',
    calls: ['initialize'],
    title: 'Initialize called after the session was terminated',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#state-model-12', '2004': 'scorm-runtime.md#state-model-2004' },
    hint: 'a terminated session cannot restart; a new session needs a new launch by the LMS',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'initialize' || state.phase(call.api) !== 'terminated') return;
      report(`${call.fn} after ${fnName(call.api, 'terminate')} ended the session`, event.seq);
    },
    finish() {},
  }),
);
