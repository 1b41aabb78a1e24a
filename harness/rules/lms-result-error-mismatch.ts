import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'lms-result-error-mismatch',
    calls: ['initialize', 'terminate', 'set', 'commit'],
    title: 'LMS return value and error code disagree',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#api-12', '2004': 'scorm-runtime.md#api-2004' },
    hint: '"true" goes with error 0 and "false" with a non-zero code; report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (!call || !['initialize', 'terminate', 'set', 'commit'].includes(call.kind)) return;
      const agree =
        call.result === 'true' ? call.error === '0' : call.result === 'false' && call.error !== '0';
      if (agree) return;
      report(
        `${call.fn} returned ${JSON.stringify(call.result)} with error ${call.error}`,
        event.seq,
      );
    },
    finish() {},
  }),
);
