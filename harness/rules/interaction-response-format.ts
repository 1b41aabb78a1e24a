import { instantiate, parseElementPath } from '../../runtime-1.2/element-path.ts';
import { feedbackFormatFailure } from '../../runtime-1.2/interaction-formats.ts';
import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'interaction-response-format',
    calls: ['set'],
    title: 'SCORM 1.2 response not in its interaction type’s format',
    severity: 'warning',
    versions: ['1.2'],
    ref: 'scorm-runtime.md#interactions-12',
    hint: 'write student_response / correct_responses in the format of the interaction type (e.g. choice: a,c)',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      // LMSs check only the length (405); the format is the spec's, reported here (ref: #harness-defaults).
      if (call?.kind !== 'set' || call.api !== '1.2' || verdict?.code !== '0') return;
      const path = parseElementPath(call.element);
      const feedback = path?.spec.kind === 'element' ? path.spec.feedback : undefined;
      if (!path || !feedback) return;
      const type = state.value('1.2', instantiate(feedback.typeFrom, path.indexes));
      const why = feedbackFormatFailure(type, call.value, feedback.role);
      if (why) report(`${call.fn}(${call.element}): ${why}`, event.seq);
    },
    finish() {},
  }),
);
