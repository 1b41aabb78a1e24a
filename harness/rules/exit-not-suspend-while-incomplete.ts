import { defineRule } from './define-rule.ts';
import { element, quote } from './helpers.ts';

export default defineRule(
  {
    id: 'exit-not-suspend-while-incomplete',
    calls: ['terminate'],
    title: 'Terminated incomplete without exit "suspend"',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#entry-exit-12', '2004': 'scorm-runtime.md#entry-exit-2004' },
    hint: 'set exit to "suspend" before Terminate while the learner is not done, so the next launch resumes',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'terminate' || state.phase(call.api) !== 'running') return;
      if (state.value(call.api, element('status', call.api)) !== 'incomplete') return;
      const exit = state.value(call.api, element('exit', call.api)) ?? '';
      if (exit === 'suspend' || state.value(call.api, 'adl.nav.request') === 'suspendAll') return;
      report(
        `${call.fn} with status "incomplete" and exit ${quote(exit)}: the next launch starts over`,
        event.seq,
      );
    },
    finish() {},
  }),
);
