/**
 * timeinterval(second,10,2) arithmetic for cmi.total_time (scorm-runtime.md#session-time). Like
 * ADL's RTE, durations are added field by field and carried from hundredths up to days, never
 * into months or years, so nothing is lost to a month-length convention.
 */
interface Duration {
  years: number;
  months: number;
  days: number;
  hours: number;
  minutes: number;
  hundredths: number;
}

const durationPattern =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,2}))?S)?)?$/;

const field = (m: readonly (string | undefined)[], i: number): number => Number(m[i] ?? 0);

/** Parses a valid duration; callers validate first (value-types.ts). */
export function parseDuration(value: string): Duration {
  // No closure here: under tsx every closure created costs a naming call (hot in lint).
  const m = durationPattern.exec(value) ?? [];
  const fraction = (m[7] ?? '').padEnd(2, '0');
  return {
    years: field(m, 1),
    months: field(m, 2),
    days: field(m, 3),
    hours: field(m, 4),
    minutes: field(m, 5),
    hundredths: field(m, 6) * 100 + Number(fraction),
  };
}

export function addDurations(a: Duration, b: Duration): Duration {
  let hundredths = a.hundredths + b.hundredths;
  let minutes = a.minutes + b.minutes + Math.floor(hundredths / 6000);
  hundredths %= 6000;
  let hours = a.hours + b.hours + Math.floor(minutes / 60);
  minutes %= 60;
  const days = a.days + b.days + Math.floor(hours / 24);
  hours %= 24;
  return {
    years: a.years + b.years,
    months: a.months + b.months,
    days,
    hours,
    minutes,
    hundredths,
  };
}

/** Canonical form: `PT<h>H<m>M<s>S` (zero is `PT0H0M0S`), with Y/M/D only when non-zero. */
export function formatDuration(d: Duration): string {
  const date = `${d.years ? `${d.years}Y` : ''}${d.months ? `${d.months}M` : ''}${d.days ? `${d.days}D` : ''}`;
  const whole = Math.floor(d.hundredths / 100);
  const cents = d.hundredths % 100;
  const seconds =
    cents === 0 ? `${whole}` : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return `P${date}T${d.hours}H${d.minutes}M${seconds}S`;
}

export const sumDurations = (a: string, b: string): string =>
  formatDuration(addDurations(parseDuration(a), parseDuration(b)));

/** Seconds, with ADL's comparison constants (Y = 365 days, M = 2,628,029 s). */
export function durationSeconds(value: string): number {
  const d = parseDuration(value);
  return (
    d.years * 31_536_000 +
    d.months * 2_628_029 +
    d.days * 86_400 +
    d.hours * 3600 +
    d.minutes * 60 +
    d.hundredths / 100
  );
}
