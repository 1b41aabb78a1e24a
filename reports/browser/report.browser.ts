/**
 * The HTML report's script: renders the embedded report data into the page, then wires the
 * filters and the finding -> event links. Runs offline from a file:// URL; every value from the
 * content goes in through textContent, never as markup.
 */
import type { ReportData, ViewEvent, ViewScenario } from '../html-data.ts';

const EVENT_TYPES = ['api', 'http', 'dialog', 'console', 'lifecycle', 'commit'] as const;
const STATUSES = ['pass', 'fail', 'error', 'timeout', 'crash', 'skip'] as const;
/** Height of one timeline lane; the stylesheet sizes the axis for six. */
const LANE_PX = 12;

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function ms(t: number): string {
  return t < 1000 ? `${Math.round(t)} ms` : `${(t / 1000).toFixed(t < 10_000 ? 2 : 1)} s`;
}

const eventId = (scenario: number, seq: number) => `ev-${scenario}-${seq}`;
const markId = (scenario: number, seq: number) => `mark-${scenario}-${seq}`;

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

/** One lane per event type, so a Commit and the SetValue just before it do not hide each other. */
function timeline(s: ViewScenario, index: number, events: ViewEvent[]): HTMLElement {
  const axis = el('div', {
    class: 'axis',
    role: 'img',
    'aria-label': `timeline 0 to ${ms(s.end)}`,
  });
  const span = s.end > 0 ? s.end : 1;
  for (let i = 0; i <= 4; i += 1) {
    axis.append(el('span', { class: 'tick', style: `left:${i * 25}%` }, ms((s.end * i) / 4)));
  }
  for (const e of events) {
    const lane = EVENT_TYPES.indexOf(e.type);
    const mark = el('button', {
      class: `mark type-${e.type}`,
      id: markId(index, e.seq),
      style: `left:${(e.t / span) * 100}%;top:${lane * LANE_PX + 2}px`,
      title: `#${e.seq} ${ms(e.t)} ${e.label}`,
      'data-seq': String(e.seq),
      'data-type': e.type,
    });
    axis.append(mark);
  }
  const lanes = el('div', { class: 'lanes' }, ...EVENT_TYPES.map((t) => el('span', {}, t)));
  return el('div', { class: 'timeline' }, lanes, axis);
}

function dataModel(e: ViewEvent): HTMLElement {
  const table = el('table', { class: 'data-model' });
  for (const [k, v] of Object.entries(e.data ?? {})) {
    const changed = e.changed?.includes(k) ? 'changed' : '';
    table.append(el('tr', { class: changed }, el('th', {}, k), el('td', {}, v)));
  }
  return el('details', {}, el('summary', {}, 'data model after this commit'), table);
}

function eventRow(index: number, e: ViewEvent, pointed: Set<number>): HTMLElement {
  const label = el('td', { class: 'label' }, e.label);
  if (e.data) label.append(dataModel(e));
  if (e.bodies) {
    const pre = el(
      'pre',
      {},
      `request: ${e.bodies.request ?? ''}\nresponse: ${e.bodies.response ?? ''}`,
    );
    label.append(el('details', {}, el('summary', {}, 'bodies'), pre));
  }
  const row = el(
    'tr',
    { id: eventId(index, e.seq), class: `event type-${e.type}`, 'data-type': e.type },
    el('td', { class: 'seq' }, `#${e.seq}`),
    el('td', { class: 't' }, ms(e.t)),
    el('td', { class: 'type' }, e.type),
    label,
  );
  if (pointed.has(e.seq)) row.classList.add('pointed');
  return row;
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
    if (f.seq !== undefined && s.events) {
      item.append(
        el(
          'button',
          { class: 'goto', 'data-scenario': String(index), 'data-seq': String(f.seq) },
          `event #${f.seq}`,
        ),
      );
    }
    list.append(item);
  }
  return list;
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
  const body = el('details', { open: '' }, summary);
  if (s.error) body.append(el('pre', { class: 'error' }, s.error));
  if (s.reason) body.append(el('p', { class: 'reason' }, `skipped: ${s.reason}`));
  if (s.findings.length > 0) body.append(findingList(s, index));
  if (s.tracePath)
    body.append(el('p', { class: 'trace-path' }, 'trace: ', el('code', {}, s.tracePath)));
  if (s.events) {
    const pointed = new Set(s.findings.flatMap((f) => (f.seq === undefined ? [] : [f.seq])));
    const table = el('table', { class: 'events' });
    for (const e of s.events) table.append(eventRow(index, e, pointed));
    const ended = s.ended ? ` · ended: ${s.ended}` : '';
    body.append(
      el(
        'p',
        { class: 'muted' },
        `${s.events.length} events over ${ms(s.end)} of virtual time${ended}`,
      ),
    );
    body.append(timeline(s, index, s.events), table);
  } else if (s.status !== 'skip') {
    body.append(el('p', { class: 'muted' }, 'trace not embedded in this report'));
  }
  const open = s.status !== 'pass' && s.status !== 'skip';
  if (!open) body.removeAttribute('open');
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
  data.scenarios.forEach((s, index) => {
    const section = document.getElementById(`scenario-${index}`)!;
    const head = `${s.id} ${s.title} ${s.error ?? ''} ${s.findings.map((f) => `${f.ruleId} ${f.message}`).join(' ')}`;
    const headHit = needle === '' || head.toLowerCase().includes(needle);
    let eventHit = false;
    for (const e of s.events ?? []) {
      const textHit = needle === '' || headHit || e.label.toLowerCase().includes(needle);
      eventHit ||= needle !== '' && e.label.toLowerCase().includes(needle);
      const show = types.has(e.type) && textHit;
      const row = document.getElementById(eventId(index, e.seq))!;
      row.hidden = !show && !row.classList.contains('highlight');
      document.getElementById(markId(index, e.seq))!.hidden = !types.has(e.type);
    }
    section.hidden = !statuses.has(s.status) || !(headHit || eventHit);
  });
}

function highlight(scenario: number, seq: number): void {
  for (const old of document.querySelectorAll('.highlight')) old.classList.remove('highlight');
  const row = document.getElementById(eventId(scenario, seq));
  if (!row) return;
  // A finding's event stays visible even when its type is filtered out.
  row.hidden = false;
  row.classList.add('highlight');
  document.getElementById(markId(scenario, seq))?.classList.add('highlight');
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
    const section = target.closest('section')!;
    highlight(Number(section.id.replace('scenario-', '')), Number(target.dataset.seq));
  });
}

main();
