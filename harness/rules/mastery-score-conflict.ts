import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'mastery-score-conflict',
    calls: ['terminate'],
    title: 'lesson_status contradicts the mastery score',
    severity: 'warning',
    versions: ['1.2'],
    ref: 'scorm-runtime.md#lesson-status-12',
    hint: 'with a mastery score the LMS may judge passed/failed from score.raw: make both agree',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, state }) {
      if (call?.kind !== 'terminate' || call.api !== '1.2' || state.phase('1.2') !== 'running')
        return;
      const read = (name: string) => state.value('1.2', name) ?? '';
      const mastery = read('cmi.student_data.mastery_score');
      const raw = read('cmi.core.score.raw');
      const status = read('cmi.core.lesson_status');
      if (!mastery || !raw || read('cmi.core.credit') === 'no-credit') return;
      const verdict = Number(raw) >= Number(mastery) ? 'passed' : 'failed';
      if ((status === 'passed' || status === 'failed') && status !== verdict) {
        report(
          `lesson_status "${status}" but score.raw ${raw} against mastery score ${mastery} means "${verdict}"`,
          event.seq,
        );
      }
    },
    finish() {},
  }),
);
