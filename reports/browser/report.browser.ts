/**
 * The HTML report's script: renders the embedded report data into the page, then wires the
 * filters and the finding -> event links. Runs offline from a file:// URL; every value from the
 * content goes in through textContent, never as markup.
 */
import type { ReportData, ViewEvent, ViewLaunch, ViewScenario } from '../html-data.ts';
import { el, ms } from './dom.browser.ts';
import { EVENT_TYPES, timeline } from './timeline.browser.ts';

const STATUSES = ['pass', 'fail', 'error', 'timeout', 'crash', 'skip'] as const;
/** Event rows per block; blocks off screen are skipped by layout (content-visibility). */
const ROWS_PER_BLOCK = 100;

/** A launch's place in the page, `<scenario>-<launch>`: ids of rows and marks start with it. */
const placeOf = (scenario: number, launch: number) => `${scenario}-${launch}`;
const eventId = (place: string, seq: number) => `ev-${place}-${seq}`;

function header(data: ReportData): HTMLElement {
  const facts = el('dl', { class: 'facts' });
  for (const [k, v] of data.facts) facts.append(el('dt', {}, k), el('dd', {}, v));
  const exit = el(
    'p',
    { class: `exit exit-${data.exit.code}` },
    `exit ${data.exit.code}: ${data.exit.meaning}`,
  );
  return el('header', {}, el('h1', {}, data.title), exit, facts);
}

function filters(data: ReportData): HTMLElement {
  const statuses = el('fieldset', { class: 'filter-status' }, el('legend', {}, 'status'));
  for (const s of STATUSES) {
    const box = el('input', { type: 'checkbox', name: 'status', value: s, checked: '' });
    statuses.append(
      el('label', { class: `status-${s}` }, box, ` ${s} (${data.totals.statuses[s]})`),
    );
  }
  const types = el('fieldset', { class: 'filter-type' }, el('legend', {}, 'events'));
  for (const t of EVENT_TYPES) {
    const box = el('input', { type: 'checkbox', name: 'type', value: t, checked: '' });
    types.append(el('label', { class: `type-${t}` }, box, ` ${t}`));
  }
  const search = el('input', {
    type: 'search',
    id: 'search',
    placeholder: 'search calls, ids, findings',
  });
  return el('nav', { class: 'filters' }, statuses, types, el('label', {}, search));
}

function dataModel(e: ViewEvent): HTMLElement {
  const table = el('table', { class: 'data-model' });
  for (const [k, v] of Object.entries(e.data ?? {})) {
    const changed = e.changed?.includes(k) ? 'changed' : '';
    table.append(el('tr', { class: changed }, el('th', {}, k), el('td', {}, v)));
  }
  return el('details', {}, el('summary', {}, 'data model after this commit'), table);
}

function eventRow(place: string, e: ViewEvent, pointed: Set<number>, mark: string): HTMLElement {
  const label = el('div', { class: 'label' }, e.label);
  if (e.data) label.append(dataModel(e));
  if (e.bodies) {
    const text = `request: ${e.bodies.request ?? ''}\nresponse: ${e.bodies.response ?? ''}`;
    label.append(el('details', {}, el('summary', {}, 'bodies'), el('pre', {}, text)));
  }
  const row = el(
    'div',
    {
      id: eventId(place, e.seq),
      class: `event type-${e.type}`,
      'data-type': e.type,
      'data-mark': mark,
    },
    el('div', { class: 'seq' }, `#${e.seq}`),
    el('div', { class: 't' }, ms(e.t)),
    el('div', { class: 'type' }, e.type),
    label,
  );
  if (pointed.has(e.seq)) row.classList.add('pointed');
  return row;
}

function eventList(
  pointed: Set<number>,
  place: string,
  events: ViewEvent[],
  markOf: Map<number, string>,
): HTMLElement {
  const list = el('div', { class: 'events' });
  for (let from = 0; from < events.length; from += ROWS_PER_BLOCK) {
    const block = el('div', { class: 'block' });
    for (const e of events.slice(from, from + ROWS_PER_BLOCK)) {
      block.append(eventRow(place, e, pointed, markOf.get(e.seq) ?? ''));
    }
    list.append(block);
  }
  return list;
}

function findingList(s: ViewScenario, index: number): HTMLElement {
  const list = el('ul', { class: 'findings' });
  for (const f of s.findings) {
    const about = [f.ref, `blame ${f.blame}`]
      .filter((a): a is string => a !== undefined)
      .join(' · ');
    const item = el(
      'li',
      { class: `finding severity-${f.severity}` },
      el('span', { class: 'severity' }, f.severity),
      el('code', {}, f.ruleId),
      ` ${f.message} `,
      el('small', {}, about),
    );
    if (f.hint) item.append(el('div', { class: 'hint' }, `fix: ${f.hint}`));
    const launch = f.launch ?? 0;
    if (f.seq !== undefined && s.launches[launch]?.events) {
      const attrs = {
        class: 'goto',
        'data-place': placeOf(index, launch),
        'data-seq': String(f.seq),
      };
      const where = launch > 0 ? ` of launch ${launch + 1}` : '';
      item.append(el('button', attrs, `event #${f.seq}${where}`));
    }
    list.append(item);
  }
  return list;
}

function launchView(s: ViewScenario, launch: ViewLaunch, index: number, i: number): HTMLElement {
  const view = el('div', { class: 'launch' });
  const title = s.launches.length > 1 ? `launch ${i + 1} · ` : '';
  const path = launch.path ? el('code', {}, launch.path) : 'not written';
  view.append(el('p', { class: 'trace-path' }, `${title}trace: `, path));
  if (!launch.events) {
    view.append(el('p', { class: 'muted' }, 'trace not embedded in this report'));
    return view;
  }
  const ended = launch.ended ? ` · ended: ${launch.ended}` : '';
  const about = `${launch.events.length} events over ${ms(launch.end)} of virtual time${ended}`;
  const place = placeOf(index, i);
  const pointed = new Set(
    s.findings.flatMap((f) => ((f.launch ?? 0) === i && f.seq !== undefined ? [f.seq] : [])),
  );
  const axis = timeline(launch, place, launch.events);
  view.append(
    el('p', { class: 'muted' }, about),
    axis.element,
    eventList(pointed, place, launch.events, axis.markOf),
  );
  return view;
}

function scenarioSection(s: ViewScenario, index: number): HTMLElement {
  const summary = el(
    'summary',
    {},
    el('span', { class: `badge status-${s.status}` }, s.status),
    el('strong', {}, s.id),
    ` ${s.title} `,
    el('small', {}, `SCORM ${s.version} · ${s.launchMode} · ${ms(s.duration)}`),
  );
  const body = el('details', {}, summary);
  // Failures open, passes and skips folded: the reader came for what went wrong.
  if (s.status !== 'pass' && s.status !== 'skip') body.open = true;
  if (s.error) body.append(el('pre', { class: 'error' }, s.error));
  if (s.reason) body.append(el('p', { class: 'reason' }, `skipped: ${s.reason}`));
  if (s.expected) {
    const issue = s.expected.issue ? ` (${s.expected.issue})` : '';
    const verdict = s.status === 'pass' ? 'passed, but expected to fail' : 'expected to fail';
    body.append(el('p', { class: 'expected' }, `${verdict}: ${s.expected.reason}${issue}`));
  }
  if (s.findings.length > 0) body.append(findingList(s, index));
  s.launches.forEach((launch, i) => body.append(launchView(s, launch, index, i)));
  return el(
    'section',
    { class: 'scenario', id: `scenario-${index}`, 'data-status': s.status },
    body,
  );
}

function checked(name: string): Set<string> {
  const boxes = document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);
  return new Set([...boxes].filter((b) => b.checked).map((b) => b.value));
}

function applyFilters(data: ReportData): void {
  const statuses = checked('status');
  const types = checked('type');
  const needle = (document.getElementById('search') as HTMLInputElement).value.trim().toLowerCase();
  const hit = (text: string) => needle === '' || text.toLowerCase().includes(needle);
  data.scenarios.forEach((s, index) => {
    const section = document.getElementById(`scenario-${index}`)!;
    const findings = s.findings.map((f) => `${f.ruleId} ${f.message}`).join(' ');
    const headHit = hit(`${s.id} ${s.title} ${s.error ?? ''} ${findings}`);
    let eventHit = false;
    s.launches.forEach((launch, i) => {
      for (const e of launch.events ?? []) {
        const labelHit = needle !== '' && hit(e.label);
        eventHit ||= labelHit;
        const row = document.getElementById(eventId(placeOf(index, i), e.seq))!;
        const show = types.has(e.type) && (headHit || labelHit);
        row.hidden = !show && !row.classList.contains('highlight');
      }
    });
    for (const mark of section.querySelectorAll<HTMLElement>('.mark')) {
      mark.hidden = !types.has(mark.dataset.type ?? '');
    }
    section.hidden = !statuses.has(s.status) || !(headHit || eventHit);
  });
}

function highlight(place: string, seq: number): void {
  for (const old of document.querySelectorAll('.highlight')) old.classList.remove('highlight');
  const row = document.getElementById(eventId(place, seq));
  if (!row) return;
  // A finding's event stays visible even when its type is filtered out.
  row.hidden = false;
  row.classList.add('highlight');
  if (row.dataset.mark) document.getElementById(row.dataset.mark)?.classList.add('highlight');
  const details = row.closest('section')?.querySelector('details');
  if (details) details.open = true;
  row.scrollIntoView({ block: 'center' });
}

function main(): void {
  const data = JSON.parse(document.getElementById('report-data')!.textContent ?? '') as ReportData;
  const root = document.getElementById('report')!;
  root.append(header(data), filters(data));
  const list = el('main', {});
  data.scenarios.forEach((s, i) => list.append(scenarioSection(s, i)));
  root.append(list);

  document.querySelector('nav.filters')!.addEventListener('input', () => applyFilters(data));
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('button.goto, button.mark');
    if (!target) return;
    highlight(target.dataset.place ?? '', Number(target.dataset.seq));
  });
}

main();
