import { defineRule } from './define-rule.ts';
import { element, otherVersion, quote } from './helpers.ts';

export default defineRule(
  {
    id: 'session-time-format',
    calls: ['set'],
    title: 'session_time in the wrong format for the version',
    severity: 'error',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#session-time',
    hint: '1.2: HHHH:MM:SS.SS (e.g. 0000:12:30.00); 2004: an ISO 8601 duration (e.g. PT12M30S)',
    blame: 'content',
  },
  (_ctx, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (call?.kind !== 'set' || call.element !== element('sessionTime', call.api)) return;
      if (verdict?.kind !== 'type') return;
      const other = otherVersion(call.api);
      const theirs = state
        .oracle(other)
        .set(element('sessionTime', other), call.value, () => undefined);
      const why = theirs?.code === '0' ? `that is the SCORM ${other} format` : verdict.why;
      report(`${call.fn}(${call.element}, ${quote(call.value)}): ${why}`, event.seq);
    },
    finish() {},
  }),
);
