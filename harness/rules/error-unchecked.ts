import { SUPPORT_KINDS, type ApiCall } from './api-call.ts';
import { defineRule } from './define-rule.ts';

export default defineRule(
  {
    id: 'error-unchecked',
    calls: [
      'initialize',
      'terminate',
      'get',
      'set',
      'commit',
      'last-error',
      'error-string',
      'diagnostic',
    ],
    title: 'A refused call was not followed by GetLastError',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#api-12', '2004': 'scorm-runtime.md#api-2004' },
    hint: 'after "false" (or "" from GetValue) call GetLastError and handle or log the error',
    blame: 'content',
  },
  (_ctx, report) => {
    let refused: { call: ApiCall; seq: number } | undefined;
    const flush = () => {
      if (!refused) return;
      const { call, seq } = refused;
      const what = call.element ? `${call.fn}(${call.element})` : call.fn;
      report(`${what} was refused (error ${call.error}) and the content never asked why`, seq);
      refused = undefined;
    };
    return {
      onEvent({ event, call }) {
        if (!call) return;
        if (SUPPORT_KINDS.has(call.kind)) {
          refused = undefined;
          return;
        }
        flush();
        if (call.failed) refused = { call, seq: event.seq };
      },
      finish: flush,
    };
  },
);
