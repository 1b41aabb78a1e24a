/**
 * CMITimespan arithmetic for cmi.core.total_time (ref: scorm-runtime.md#session-time): the LMS adds
 * the session's last cmi.core.session_time to the total at LMSFinish. Values are handled as whole
 * hundredths of a second so that sums are exact.
 */

const TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?$/;

/** The largest CMITimespan (4-digit hours); a longer total is held at this value. */
const MAX_CENTISECONDS = ((9999 * 60 + 59) * 60 + 59) * 100 + 99;

/** Hundredths of a second in a CMITimespan, or undefined when the text is not one. */
export function parseTimespan(text: string): number | undefined {
  const match = TIMESPAN.exec(text);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const hundredths = Number(fraction.padEnd(2, '0'));
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 100 + hundredths;
}

/** HHHH:MM:SS.SS, e.g. 0001:02:03.40. */
export function formatTimespan(centiseconds: number): string {
  const total = Math.min(Math.max(0, Math.round(centiseconds)), MAX_CENTISECONDS);
  const hundredths = total % 100;
  const seconds = Math.floor(total / 100) % 60;
  const minutes = Math.floor(total / 6000) % 60;
  const hours = Math.floor(total / 360000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}

/** total + session; a session that is not a CMITimespan (never set) adds nothing. */
export function addTimespans(total: string, session: string): string {
  return formatTimespan((parseTimespan(total) ?? 0) + (parseTimespan(session) ?? 0));
}
