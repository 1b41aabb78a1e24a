import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'dialog-in-unload',
    calls: [],
    events: ['dialog'],
    title: 'Dialog opened while the page unloads',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#commit-persistence',
    hint: 'browsers ignore alert/confirm/prompt during unload; save and terminate without asking',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, state }) {
      if (event.type !== 'dialog' || event.kind === 'beforeunload' || !state.unloading) return;
      report(
        `${event.kind}(${quote(event.message)}) during unload: the browser does not show it`,
        event.seq,
      );
    },
    finish() {},
  }),
);
