import { defineRule } from './define-rule.ts';

/** 1.2 unknown names: 401 (ADL, harness default) or 201 (Moodle); the spec does not say (#unconfirmed item 4). */
const ALSO_ACCEPTED: Readonly<Record<string, readonly string[]>> = { '1.2 unknown': ['201'] };

export default defineRule(
  {
    id: 'lms-wrong-error-code',
    calls: ['get', 'set'],
    title: 'LMS refused a call with the wrong error code',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#error-decision-table',
    hint: 'the LMS must report the error code the spec assigns to this failure; report it to the LMS vendor',
    blame: 'lms',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (!call || !call.failed || !verdict || verdict.code === '0') return;
      if (state.phase(call.api) !== 'running' || call.error === verdict.code) return;
      if (ALSO_ACCEPTED[`${call.api} ${verdict.kind}`]?.includes(call.error)) return;
      report(
        `${call.fn}(${call.element}) set error ${call.error}; the spec's code is ${verdict.code} (${verdict.why})`,
        event.seq,
      );
    },
    finish() {},
  }),
);
