import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'set-read-only',
    calls: ['set'],
    title: 'SetValue of a read-only element or keyword',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'only the LMS sets read-only elements (entry, credit, total_time, _count, …); remove the write',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || (verdict?.kind !== 'read-only' && verdict?.kind !== 'keyword'))
        return;
      report(`${call.fn}(${call.element}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
