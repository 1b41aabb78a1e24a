import { isErrorCode } from '../../runtime-2004/error-codes.ts';
import { errorString } from '../../runtime-1.2/error-codes.ts';
import { SUPPORT_KINDS } from './api-call.ts';
import { defineRule } from './define-rule.ts';

const known = (api: string, code: string) =>
  api === '2004' ? isErrorCode(code) : errorString(code) !== '';

export default defineRule(
  {
    id: 'lms-unknown-error-code',
    calls: ['initialize', 'terminate', 'get', 'set', 'commit'],
    title: 'LMS reported an error code the version does not define',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: { '1.2': 'scorm-runtime.md#error-codes-12', '2004': 'scorm-runtime.md#error-codes-2004' },
    hint: 'error codes come from the version’s table only (1.2 has no 406-408); report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call }) {
      if (!call || SUPPORT_KINDS.has(call.kind) || known(call.api, call.error)) return;
      report(
        `${call.fn} set error "${call.error}", which SCORM ${call.api} does not define`,
        event.seq,
      );
    },
    finish() {},
  }),
);
