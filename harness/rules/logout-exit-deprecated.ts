import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'logout-exit-deprecated',
    calls: ['set'],
    title: 'cmi.exit "logout"',
    severity: 'info',
    versions: ['2004'],
    ref: 'scorm-runtime.md#edition-differences',
    hint: 'use cmi.exit "normal" or "suspend", and adl.nav.request "exitAll" to leave the course',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (
        call?.kind !== 'set' ||
        call.failed ||
        call.element !== 'cmi.exit' ||
        call.value !== 'logout'
      )
        return;
      report(
        'cmi.exit "logout" is deprecated in the 4th edition; LMSs treat it as exitAll',
        event.seq,
      );
    },
    finish() {},
  }),
);
