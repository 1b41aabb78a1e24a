import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'initialize-twice',
    calls: ['initialize'],
    title: 'Initialize called while the session is running',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'call Initialize once per launch; keep a flag in the content and check it',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'initialize' || state.phase(call.api) !== 'running') return;
      report(`${call.fn} again while the session is running (1.2: 101, 2004: 103)`, event.seq);
    },
    finish() {},
  }),
);
