import { defineRule } from './define-rule.ts';
import { durationSecondsOf, quote, setsElement, timespanOf } from './helpers.ts';

const seconds = (api: string, value: string): number | undefined =>
  api === '2004' ? durationSecondsOf(value) : (timespanOf(value) ?? NaN) / 100;

export default defineRule(
  {
    id: 'session-time-decreasing',
    calls: ['set'],
    title: 'session_time went down within a session',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#misstatements',
    hint: 'each session_time must be the whole session so far; the LMS keeps only the last one',
    blame: 'content',
  },
  (_ctx, report) => {
    let previous: { value: string; seconds: number } | undefined;
    return {
      onEvent({ event, call, verdict }) {
        if (!call || !setsElement(call, 'sessionTime') || verdict?.code !== '0') return;
        const now = seconds(call.api, call.value);
        if (now === undefined || Number.isNaN(now)) return;
        if (previous && now < previous.seconds) {
          report(
            `${call.element} ${quote(call.value)} after ${quote(previous.value)}: the LMS adds only the last value`,
            event.seq,
          );
        }
        previous = { value: call.value, seconds: now };
      },
      finish() {},
    };
  },
);
