import { defineRule } from './define-rule.ts';
import { quote } from './helpers.ts';

export default defineRule(
  {
    id: 'scaled-out-of-range',
    calls: ['set'],
    title: 'score.scaled outside -1..1',
    severity: 'error',
    versions: ['2004'],
    ref: 'scorm-runtime.md#cmi-score-scaled',
    hint: 'score.scaled is a ratio between -1 and 1 (e.g. 0.85 for 85 %), not a percentage',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict }) {
      if (call?.kind !== 'set' || !call.element.endsWith('.score.scaled')) return;
      if (verdict?.kind === 'range')
        report(`${call.fn}(${call.element}, ${quote(call.value)}): ${verdict.why}`, event.seq);
    },
    finish() {},
  }),
);
