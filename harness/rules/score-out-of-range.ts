import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

const SCORE = /\.score\.(raw|min|max)$/;

export default defineRule(
  {
    id: 'score-out-of-range',
    calls: ['set'],
    title: 'SCORM 1.2 score outside 0..100',
    severity: 'error',
    versions: ['1.2'],
    ref: 'scorm-runtime.md#cmi-core-score-raw',
    hint: 'SCORM 1.2 scores are normalized to 0..100: scale the raw score before setting it',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || call.api !== '1.2' || !SCORE.test(call.element)) return;
      if (verdict?.kind === 'range')
        report(`${call.fn}(${call.element}, ${quote(call.value)}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
