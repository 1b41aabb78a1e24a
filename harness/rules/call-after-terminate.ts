import { fnName } from './api-call.ts';
import { defineRule } from './define-rule.ts';
import { isDataCall } from './helpers.ts';

export default defineRule(
  {
    id: 'call-after-terminate',
    calls: ['get', 'set', 'commit'],
    title: 'Data call after Terminate',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#state-model-12', '2004': 'scorm-runtime.md#state-model-2004' },
    hint: 'set and commit everything before Terminate; afterwards only the support calls are allowed',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (!call || !isDataCall(call) || state.phase(call.api) !== 'terminated') return;
      const what = call.element ? `${call.fn}(${call.element})` : call.fn;
      report(`${what} after ${fnName(call.api, 'terminate')}: the data is not stored`, event.seq);
    },
    finish() {},
  }),
);
