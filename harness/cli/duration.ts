/** Durations on the command line: `90s`, `5m`, `1h30m`, `250ms`, or plain milliseconds (`1500`). */
import { HarnessError } from '../errors.ts';

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;

/** Milliseconds for `text`; throws CONFIG_INVALID naming the option when it is not a duration. */
export function parseDuration(text: string, option: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  let total = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let match = PART.exec(trimmed); match; match = PART.exec(trimmed)) {
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
    end = PART.lastIndex;
  }
  if (trimmed === '' || end !== trimmed.length) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `${option} "${text}" is not a duration`,
      hint: 'write it like 90s, 5m, 1h30m, 250ms, or a plain number of milliseconds',
    });
  }
  return Math.round(total);
}

/** `90000` → `1m30s`; for summaries. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [unit, size] of [
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) parts.push(`${Math.floor(rest / size)}${unit}`);
    rest %= size;
  }
  return parts.join('');
}
