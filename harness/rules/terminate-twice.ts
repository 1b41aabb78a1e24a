import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'terminate-twice',
    calls: ['terminate'],
    title: 'Terminate called more than once',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#state-model-12', '2004': 'scorm-runtime.md#state-model-2004' },
    hint: 'guard the terminate path (unload, exit button, timeout) with one "finished" flag',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'terminate' || state.phase(call.api) !== 'terminated') return;
      report(`${call.fn} again after the session was terminated (1.2: 301, 2004: 113)`, event.seq);
    },
    finish() {},
  }),
);
