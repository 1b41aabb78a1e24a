import { defineRule } from './define-rule.ts';
import { durationSecondsOf, quote, setsElement, timespanOf } from './helpers.ts';

/** Milliseconds in a valid session_time of either version. */
const millis = (api: string, value: string): number | undefined => {
  if (api === '2004') return durationSecondsOf(value) * 1000;
  const centiseconds = timespanOf(value);
  return centiseconds === undefined ? undefined : centiseconds * 10;
};

export default defineRule(
  {
    id: 'session-time-mismatch',
    calls: ['set'],
    title: 'session_time does not match the elapsed time',
    severity: 'warning',
    versions: ['1.2', '2004'],
    ref: 'scorm-runtime.md#session-time',
    hint: 'report the time since this session’s Initialize, as a running total, not a delta or the total',
    blame: 'content',
  },
  ({ options }, report) => ({
    onEvent({ event, call, verdict, state }) {
      if (!call || !setsElement(call, 'sessionTime') || state.initializedAt === undefined) return;
      if (verdict?.code !== '0') return;
      const reported = millis(call.api, call.value);
      if (reported === undefined) return;
      const elapsed = event.t - state.initializedAt;
      const tolerance = Math.max(
        options.sessionTimeToleranceMs,
        elapsed * options.sessionTimeToleranceRatio,
      );
      if (Math.abs(reported - elapsed) <= tolerance) return;
      const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
      report(
        `${call.element} ${quote(call.value)} is ${seconds(reported)}, but ${seconds(elapsed)} passed since Initialize`,
        event.seq,
      );
    },
    finish() {},
  }),
);
