import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'threshold-without-progress',
    calls: ['terminate'],
    title: 'Completion threshold defined but progress_measure never set',
    severity: 'warning',
    versions: ['2004'],
    ref: 'scorm-runtime.md#status-evaluation-2004',
    hint: 'set cmi.progress_measure: with a completion threshold the LMS derives completion_status from it alone',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'terminate' || call.api !== '2004' || state.phase('2004') !== 'running')
        return;
      const threshold = state.value('2004', 'cmi.completion_threshold');
      if (!threshold || state.value('2004', 'cmi.progress_measure') !== undefined) return;
      report(
        `cmi.completion_threshold is ${threshold} and cmi.progress_measure was never set: completion_status stays "unknown"`,
        event.seq,
      );
    },
    finish() {},
  }),
);
