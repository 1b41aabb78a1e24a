import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'passing-score-without-scaled',
    calls: ['terminate'],
    title: 'Scaled passing score defined but score.scaled never set',
    severity: 'warning',
    versions: ['2004'],
    ref: 'scorm-runtime.md#status-evaluation-2004',
    hint: 'set cmi.score.scaled: with a scaled passing score the LMS derives success_status from it alone',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'terminate' || call.api !== '2004' || state.phase('2004') !== 'running')
        return;
      const passing = state.value('2004', 'cmi.scaled_passing_score');
      if (!passing || state.value('2004', 'cmi.score.scaled') !== undefined) return;
      report(
        `cmi.scaled_passing_score is ${passing} and cmi.score.scaled was never set: success_status stays "unknown"`,
        event.seq,
      );
    },
    finish() {},
  }),
);
