import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'get-write-only',
    calls: ['get', 'set'],
    title: 'GetValue of a write-only element',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'exit, session_time (and 1.2 interaction fields) cannot be read back; keep the value in the content',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (!call || verdict?.kind !== 'write-only') return;
      report(
        `${call.fn}(${call.element}): the element is write-only, the LMS answers ""`,
        event.seq,
      );
    },
    finish() {},
  }),
);
