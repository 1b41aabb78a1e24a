import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

/** Scores have rules of their own (score-out-of-range, scaled-out-of-range). */
const SCORE = /\.score\.(raw|min|max|scaled)$/;

export default defineRule(
  {
    id: 'value-out-of-range',
    calls: ['set'],
    title: 'Number outside the element’s range',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'keep numbers within the element’s range (progress_measure 0..1, preferences, …)',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || verdict?.kind !== 'range' || SCORE.test(call.element)) return;
      report(`${call.fn}(${call.element}, ${quote(call.value)}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
