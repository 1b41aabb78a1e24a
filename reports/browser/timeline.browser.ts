/**
 * The virtual-time axis of one scenario: one lane per event type, so a Commit and the SetValue just
 * before it do not hide each other. Events that fall on the same spot of a lane share one mark;
 * thousands of heartbeat calls stay a few hundred buttons, which keeps a long trace responsive.
 */
import type { ViewEvent, ViewLaunch } from '../html-data.ts';
import { el, ms } from './dom.browser.ts';

export const EVENT_TYPES = [
  'api',
  'deviation',
  'http',
  'dialog',
  'console',
  'lifecycle',
  'commit',
] as const satisfies readonly ViewEvent['type'][];

/** Height of one lane; the stylesheet sizes the axis for seven. */
const LANE_PX = 12;
/** Spots per lane across the axis. */
const BUCKETS = 400;

const markId = (place: string, seq: number) => `mark-${place}-${seq}`;

export interface Timeline {
  element: HTMLElement;
  /** The id of the mark that stands for each event. */
  markOf: Map<number, string>;
}

function markTitle(group: ViewEvent[]): string {
  const first = group[0]!;
  if (group.length === 1) return `#${first.seq} ${ms(first.t)} ${first.label}`;
  const last = group[group.length - 1]!;
  return `${group.length} ${first.type} events #${first.seq}–#${last.seq}, ${ms(first.t)}–${ms(last.t)}`;
}

export function timeline(launch: ViewLaunch, place: string, events: ViewEvent[]): Timeline {
  const axis = el('div', {
    class: 'axis',
    role: 'img',
    'aria-label': `timeline 0 to ${ms(launch.end)}`,
  });
  for (let i = 0; i <= 4; i += 1) {
    const edge = i === 0 ? ' first' : i === 4 ? ' last' : '';
    axis.append(
      el('span', { class: `tick${edge}`, style: `left:${i * 25}%` }, ms((launch.end * i) / 4)),
    );
  }
  const span = launch.end > 0 ? launch.end : 1;
  const groups = new Map<string, ViewEvent[]>();
  for (const e of events) {
    const key = `${e.type}:${Math.round((e.t / span) * BUCKETS)}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const markOf = new Map<number, string>();
  for (const [key, group] of groups) {
    const first = group[0]!;
    const bucket = Number(key.slice(key.indexOf(':') + 1));
    const id = markId(place, first.seq);
    const lane = EVENT_TYPES.indexOf(first.type);
    axis.append(
      el('button', {
        class: `mark type-${first.type}`,
        id,
        style: `left:${(bucket / BUCKETS) * 100}%;top:${lane * LANE_PX + 2}px`,
        title: markTitle(group),
        'data-seq': String(first.seq),
        'data-place': place,
        'data-type': first.type,
      }),
    );
    for (const e of group) markOf.set(e.seq, id);
  }
  const lanes = el('div', { class: 'lanes' }, ...EVENT_TYPES.map((t) => el('span', {}, t)));
  return { element: el('div', { class: 'timeline' }, lanes, axis), markOf };
}
