import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'invalid-vocabulary',
    calls: ['set'],
    title: 'Value not in the element’s vocabulary',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#types-12', '2004': 'scorm-runtime.md#types-2004' },
    hint: 'use one of the element’s tokens exactly (case-sensitive); 1.2 and 2004 vocabularies differ',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (call?.kind !== 'set' || verdict?.kind !== 'vocabulary') return;
      // The LMS's own initial token (1.2 "not attempted") is not-attempted-write's finding.
      if (call.value === state.oracle(call.api).initial(call.element)) return;
      report(`${call.fn}(${call.element}, ${quote(call.value)}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
