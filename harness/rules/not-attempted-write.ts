import { defineRule } from './define-rule.ts';
import { element } from './helpers.ts';

export default defineRule(
  {
    id: 'not-attempted-write',
    calls: ['set'],
    title: 'SCO sets lesson_status to "not attempted"',
    severity: 'error',
    versions: ['1.2'],
    ref: 'scorm-runtime.md#cmi-core-lesson-status',
    hint: 'only the LMS uses "not attempted"; set "incomplete" when the learner starts',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (call?.kind !== 'set' || call.element !== element('status', call.api)) return;
      if (call.api !== '1.2' || call.value !== 'not attempted') return;
      report(
        `${call.fn}(${call.element}, "not attempted"): a value only the LMS may give (405)`,
        event.seq,
      );
    },
    finish() {},
  }),
);
