/** Trace events as the lines a failure message shows: `#12 t=60000 SetValue(...) -> "true" [0]`. */
import { eventLabel, printable } from '../../reports/event-label.ts';
import type { CommitEvent, TraceEvent } from '../trace/types.ts';

/** The most event lines one slice shows; a message holds at most a few slices. */
export const MAX_LINES = 40;
/** The longest quoted value a line shows before it is cut. */
export const MAX_VALUE = 80;

export function eventLine(event: TraceEvent): string {
  return `#${event.seq} t=${event.t} ${eventLabel(event, { maxValue: MAX_VALUE })}`;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Where an event is, for a sentence: `t=60000 (#12)`. */
export const at = (event: TraceEvent): string => `t=${event.t} (#${event.seq})`;

/** A value as the labels quote it: JSON, control characters escaped, cut past MAX_VALUE. */
export function quoted(value: string): string {
  // Scenarios run untyped under tsx: a number given for a value must still make a message.
  const text = String(value);
  const cut = text.length <= MAX_VALUE ? '' : `…(+${text.length - MAX_VALUE})`;
  return printable(JSON.stringify(text.slice(0, MAX_VALUE))) + cut;
}

/** A commit as it concerns one element: `#7 t=60000 Commit persisted cmi.exit = "suspend"`. */
export function commitLine(event: CommitEvent, element: string): string {
  const value = event.data[element];
  const count = Object.keys(event.data).length;
  const kept = value === undefined ? `no ${element}` : `${element} = ${quoted(value)}`;
  const by = event.reason === 'terminate' ? 'Terminate' : 'Commit';
  return `#${event.seq} t=${event.t} ${by} persisted ${kept} (of ${plural(count, 'element')})`;
}

export interface SliceOptions {
  /** Event lines at most (MAX_LINES unless told); the lines left out are counted. */
  max?: number;
  /** How one event reads (eventLine unless told). */
  line?: (event: TraceEvent) => string;
  /** What the gap lines count: `… 12 earlier calls` ('event' unless told). */
  noun?: string;
}

/**
 * The events, marked (`> `) where `focus` points, cut to `max` lines: around the one focus, around
 * each of several, or the first and last events when there is none. Every cut says how many events
 * it left out, so a reader knows the slice is partial.
 */
export function sliceText(
  events: readonly TraceEvent[],
  focus?: number | readonly number[],
  options: SliceOptions = {},
): string {
  if (events.length === 0) return '  (no events)';
  const max = Math.max(3, options.max ?? MAX_LINES);
  const line = options.line ?? eventLine;
  const gap = (from: number, to: number): string =>
    gapLine(from, to, events.length, marked, options.noun ?? 'event');
  const seqs = new Set(focus === undefined ? [] : typeof focus === 'number' ? [focus] : focus);
  const marked = events.flatMap((e, i) => (seqs.has(e.seq) ? [i] : []));
  const lines: string[] = [];
  let next = 0;
  for (const [from, to] of windows(events.length, marked, max)) {
    if (from > next) lines.push(gap(next, from));
    for (let i = from; i < to; i++) {
      const event = events[i] as TraceEvent;
      lines.push(`${seqs.has(event.seq) ? '> ' : '  '}${line(event)}`);
    }
    next = to;
  }
  if (next < events.length) lines.push(gap(next, events.length));
  return lines.join('\n');
}

/** Index ranges [from, to) to show, in order, together at most `max` long. */
function windows(length: number, marked: readonly number[], max: number): [number, number][] {
  if (length <= max) return [[0, length]];
  if (marked.length === 0) {
    const head = Math.ceil(max / 2);
    return [
      [0, head],
      [length - (max - head), length],
    ];
  }
  if (marked.length === 1) {
    const from = Math.min(Math.max(0, (marked[0] as number) - Math.floor(max / 2)), length - max);
    return [[from, from + max]];
  }
  // Several marks: an equal share of lines around each of the first few, overlaps merged.
  const shown = marked.slice(0, Math.floor(max / 3));
  const share = Math.floor(max / shown.length);
  const before = Math.floor((share - 1) / 2);
  const merged: [number, number][] = [];
  for (const at of shown) {
    const from = Math.max(0, at - before);
    const to = Math.min(length, from + share);
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function gapLine(
  from: number,
  to: number,
  length: number,
  marked: readonly number[],
  noun: string,
): string {
  const count = to - from;
  const where = from === 0 ? 'earlier ' : to === length ? 'later ' : '';
  const hidden = marked.filter((i) => i >= from && i < to).length;
  const note = hidden > 0 ? `, ${hidden} of them marked` : '';
  return `  … ${plural(count, `${where}${noun}`)}${note}`;
}
