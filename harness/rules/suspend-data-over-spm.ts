import { defineRule } from './define-rule.ts';
import { element } from './helpers.ts';

export default defineRule(
  {
    id: 'suspend-data-over-spm',
    calls: ['set'],
    title: 'suspend_data longer than every 2004 LMS must store',
    severity: 'warning',
    versions: ['2004'],
    ref: 'scorm-runtime.md#cmi-suspend-data',
    hint: 'stay within the edition’s smallest permitted maximum (2nd: 4000, 3rd/4th: 64000 characters)',
    blame: 'content',
  },
  ({ edition }, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || call.element !== element('suspendData', call.api)) return;
      if (verdict?.overSpm) report(`${verdict.why} (2004 ${edition} edition)`, event.seq);
    },
    finish() {},
  }),
);
