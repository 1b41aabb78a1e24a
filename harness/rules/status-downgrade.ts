import { defineRule } from './define-rule.ts';
import { element } from './helpers.ts';

/** What a later status replaces: 1.2's one status holds pass/fail too; 2004 completion only. */
const DOWNGRADES: Readonly<Record<string, { from: readonly string[]; to: readonly string[] }>> = {
  '1.2': { from: ['passed', 'failed'], to: ['completed', 'incomplete', 'browsed'] },
  '2004': { from: ['completed'], to: ['incomplete', 'not attempted', 'unknown'] },
};

export default defineRule(
  {
    id: 'status-downgrade',
    calls: ['set'],
    title: 'A final status overwritten by a weaker one',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: {
      '1.2': 'scorm-runtime.md#cmi-core-lesson-status',
      '2004': 'scorm-runtime.md#cmi-completion-status',
    },
    hint: 'once passed/failed (2004: completed) is set, do not set a weaker status; the LMS keeps the last one',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'set' || call.failed || call.element !== element('status', call.api))
        return;
      const previous = state.value(call.api, call.element) ?? '';
      const rule = DOWNGRADES[call.api];
      if (!rule?.from.includes(previous) || !rule.to.includes(call.value)) return;
      report(`${call.element} "${previous}" replaced by "${call.value}"`, event.seq);
    },
    finish() {},
  }),
);
