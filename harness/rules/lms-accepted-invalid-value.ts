import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'lms-accepted-invalid-value',
    calls: ['set'],
    title: 'LMS accepted a value the data model forbids',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'the LMS must refuse this SetValue with the listed error code; report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (call?.kind !== 'set' || call.failed || state.phase(call.api) !== 'running') return;
      if (!verdict || verdict.code === '0') return;
      report(
        `${call.fn}(${call.element}, ${quote(call.value)}) returned "true"; expected "false" with ${verdict.code} (${verdict.why})`,
        event.seq,
      );
    },
    finish() {},
  }),
);
