import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'lms-get-invalid-value',
    calls: ['get'],
    title: 'LMS returned a value the element cannot hold',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#data-model-12', '2004': 'scorm-runtime.md#data-model-2004' },
    hint: 'the LMS must initialize the element to its spec value (e.g. 1.2 lesson_status "not attempted"); report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'get' || call.failed || state.phase(call.api) !== 'running') return;
      if (state.oracle(call.api).holds(call.element, call.result, state.lookup(call.api)) !== false)
        return;
      report(
        `${call.fn}(${call.element}) returned ${quote(call.result)} with no error: not a valid value of the element`,
        event.seq,
      );
    },
    finish() {},
  }),
);
