/** Trace events as the lines a failure message shows: `#12 t=60000 SetValue(...) -> "true" [0]`. */
import { eventLabel } from '../../reports/event-label.ts';
import type { TraceEvent } from '../trace/types.ts';

const MAX_LINES = 40;

export function eventLine(event: TraceEvent): string {
  return `#${event.seq} t=${event.t} ${eventLabel(event, { maxValue: 80 })}`;
}

/** The events, marked where `focus` points, cut to a readable length around the focus. */
export function sliceText(events: readonly TraceEvent[], focus?: number): string {
  if (events.length === 0) return '  (no events)';
  const at = focus === undefined ? -1 : events.findIndex((e) => e.seq === focus);
  const from = at < 0 ? 0 : Math.max(0, at - MAX_LINES / 2);
  const shown = events.slice(from, from + MAX_LINES);
  const lines = shown.map((e) => `${e.seq === focus ? '> ' : '  '}${eventLine(e)}`);
  if (from > 0) lines.unshift(`  … ${from} earlier events`);
  const after = events.length - from - shown.length;
  if (after > 0) lines.push(`  … ${after} later events`);
  return lines.join('\n');
}
