import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';
import { hasIndex } from './verdict.ts';

export default defineRule(
  {
    id: 'lms-refused-valid-value',
    calls: ['set'],
    title: 'LMS refused a valid value',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'the LMS must store this value; report it to the LMS vendor (or use a profile that models its limit)',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (call?.kind !== 'set' || !call.failed || state.phase(call.api) !== 'running') return;
      // Array records depend on the session (gaps, dependencies); values beyond an SPM are LMS policy.
      if (verdict?.code !== '0' || verdict.overSpm || hasIndex(call.element)) return;
      report(
        `${call.fn}(${call.element}, ${quote(call.value)}) was refused with ${call.error}, but the value is valid`,
        event.seq,
      );
    },
    finish() {},
  }),
);
