import { defineRule } from './define-rule.ts';
import { element, quote } from './helpers.ts';

export default defineRule(
  {
    id: 'invalid-value-type',
    calls: ['set'],
    title: 'Value not of the element’s data type',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#types-12', '2004': 'scorm-runtime.md#types-2004' },
    hint: 'format the value as the element’s type requires (numbers as plain decimals, identifiers without spaces, …)',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || verdict?.kind !== 'type') return;
      if (call.element === element('sessionTime', call.api)) return;
      report(`${call.fn}(${call.element}, ${quote(call.value)}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
