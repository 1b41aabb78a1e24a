import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'lms-last-error-mismatch',
    calls: ['last-error'],
    title: 'GetLastError does not report the last call’s error',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#api-12', '2004': 'scorm-runtime.md#api-2004' },
    hint: 'every call but the support calls must set the error state, success to "0"; report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'last-error') return;
      const last = state.lastCall?.api === call.api ? state.lastCall : undefined;
      const expected = last?.error ?? '0';
      if (call.result === expected) return;
      const after = last ? `after ${last.fn} (error ${expected})` : 'before any call';
      report(`${call.fn} returned "${call.result}" ${after}`, event.seq);
    },
    finish() {},
  }),
);
