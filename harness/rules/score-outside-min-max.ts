import { defineRule } from './define-rule.ts';

const PART = /^(.*\.score)\.(raw|min|max)$/;

export default defineRule(
  {
    id: 'score-outside-min-max',
    calls: ['set'],
    title: 'score.raw outside score.min..score.max',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#cmi-core-score-raw', '2004': 'scorm-runtime.md#cmi-score-raw' },
    hint: 'raw reflects the learner’s score within min..max: set min and max to the bounds of the raw score',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      const match = call?.kind === 'set' && !call.failed ? PART.exec(call.element) : null;
      if (!call || !match) return;
      const group = match[1] ?? '';
      const read = (part: string) =>
        part === match[2] ? call.value : (state.value(call.api, `${group}.${part}`) ?? '');
      const [raw, min, max] = ['raw', 'min', 'max'].map(read);
      if (!raw || !min || !max) return;
      if (Number(raw) >= Number(min) && Number(raw) <= Number(max)) return;
      report(`${group}.raw ${raw} is outside ${group}.min..max (${min}..${max})`, event.seq);
    },
    finish() {},
  }),
);
