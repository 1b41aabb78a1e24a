import { fnName } from './api-call.ts';
import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'call-before-initialize',
    calls: ['get', 'set', 'commit', 'terminate'],
    title: 'API call before Initialize',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#state-model-12', '2004': 'scorm-runtime.md#state-model-2004' },
    hint: 'call Initialize("") first and only talk to the LMS once it returned "true"',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (!call || !['get', 'set', 'commit', 'terminate'].includes(call.kind)) return;
      if (state.phase(call.api) !== 'not-initialized') return;
      report(
        `${call.fn} before ${fnName(call.api, 'initialize')}: the LMS does not process it`,
        event.seq,
      );
    },
    finish() {},
  }),
);
