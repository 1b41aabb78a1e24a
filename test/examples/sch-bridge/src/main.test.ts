/**
 * The built page bundle (dist/<variant>/bridge.js) in jsdom: API discovery per variant, the DOM
 * contract (ids, data attributes), the controls, pagehide, and a resume shown in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { JSDOM, type DOMWindow } from 'jsdom';
import { buildBridge, type BridgeVariant } from '../../../../examples/sch-bridge/build.ts';
import type { SchFixture } from '../../../../harness/backends/sch/index.ts';
import { Scorm12Api, type PersistedState as State12 } from '../../../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../../../runtime-2004/index.ts';
import { serveBackend, type Served } from '../../../harness/backends/sch/serve.ts';

const fixture: SchFixture = {
  assignments: [{ id: 'a1', mandatory: true, finished: false, challenges: ['c1'] }],
  challenges: [{ id: 'c1', completed: false, score: 0 }],
};

type Api = Scorm12Api | Scorm2004Api;
/** Where the LMS puts its API relative to the content window. */
type Placement = { own?: Api; parent?: Api[] };

interface Page {
  window: DOMWindow;
  root: HTMLElement;
  close(): void;
}

async function openPage(
  variant: BridgeVariant,
  backend: string,
  placement: Placement,
): Promise<Page> {
  const built = await buildBridge({ variant });
  const html = readFileSync(join(built.packageDir, 'index.html'), 'utf8');
  const url = `http://127.0.0.1/pkg/index.html?schBackend=${encodeURIComponent(backend)}`;
  const dom = new JSDOM(html, { url, runScripts: 'outside-only' });
  const win = dom.window as DOMWindow & Record<string, unknown>;
  win.fetch = fetch;
  const named = (api: Api) => (api instanceof Scorm12Api ? 'API' : 'API_1484_11');
  if (placement.own) win[named(placement.own)] = placement.own;
  if (placement.parent) {
    const parent: Record<string, unknown> = {};
    parent.parent = parent;
    for (const api of placement.parent) parent[named(api)] = api;
    Object.defineProperty(win, 'parent', { value: parent, configurable: true });
  }
  win.eval(readFileSync(join(built.packageDir, 'bridge.js'), 'utf8'));
  const root = win.document.getElementById('sch-bridge') as HTMLElement;
  return { window: win, root, close: () => win.close() };
}

/** Resolves when the page's data attributes satisfy `ok` (MutationObserver; no timers). */
function until(page: Page, ok: (data: DOMStringMap) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ok(page.root.dataset)) return resolve();
    const observer = new page.window.MutationObserver(() => {
      if (ok(page.root.dataset)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(page.root, { attributes: true, subtree: true });
  });
}

const idle = (d: DOMStringMap) => d.pending === '0' && d.phase !== 'starting';

function type(page: Page, id: string, value: string): void {
  (page.window.document.getElementById(id) as HTMLInputElement).value = value;
}
function click(page: Page, id: string): void {
  page.window.document.getElementById(id)?.dispatchEvent(new page.window.MouseEvent('click'));
}
const dataValue = (page: Page, id: string) =>
  page.window.document.getElementById(id)?.dataset.value;

describe('sch-bridge page bundle in jsdom', function () {
  this.timeout(30_000);
  let served: Served;
  beforeEach(async () => {
    served = await serveBackend(fixture);
  });
  afterEach(() => served.close());

  const discovery: Array<[BridgeVariant, () => Placement, string]> = [
    ['1.2', () => ({ own: new Scorm12Api() }), '1.2'],
    ['2004', () => ({ parent: [new Scorm2004Api()] }), '2004'],
    ['auto', () => ({ parent: [new Scorm12Api(), new Scorm2004Api()] }), '2004'],
    ['auto-1.2', () => ({ parent: [new Scorm12Api()] }), '1.2'],
  ];
  for (const [variant, placement, version] of discovery) {
    it(`${variant} build finds the ${version} API and runs`, async () => {
      const page = await openPage(variant, served.base, placement());
      try {
        await until(page, idle);
        expect(page.root.dataset).to.include({ phase: 'running', version, sid: 'sch-session-1' });
      } finally {
        page.close();
      }
    });
  }

  it('shows a problem when no API is found', async () => {
    const page = await openPage('2004', served.base, { own: new Scorm2004Api() });
    try {
      expect(page.root.dataset.phase).to.equal('failed');
      expect(page.window.document.getElementById('sch-problem')?.hidden).to.equal(false);
    } finally {
      page.close();
    }
  });

  it('records a challenge from the controls and terminates once on finish + pagehide', async () => {
    const terminates: string[] = [];
    const api = new Scorm2004Api({
      completionSetByContent: true,
      objectiveSetByContent: true,
      observer: (e) => {
        if (e.type === 'call' && e.fn === 'Terminate') terminates.push(e.result);
      },
    });
    const page = await openPage('2004', served.base, { parent: [api] });
    try {
      await until(page, idle);
      type(page, 'sch-challenge-input', 'c1');
      type(page, 'sch-score-input', '120');
      click(page, 'sch-complete-challenge');
      await until(page, (d) => idle(d) && d.score === '75');
      expect(page.root.dataset).to.include({ completion: 'completed', verdict: 'passed' });
      click(page, 'sch-finish');
      page.window.dispatchEvent(new page.window.Event('pagehide'));
      expect(terminates).to.deep.equal(['true']);
      const state = api.persistedState();
      expect(state).to.include({ terminated: true, exit: 'normal' });
      expect(state.data).to.include({
        'cmi.completion_status': 'completed',
        'cmi.success_status': 'passed',
        'cmi.score.raw': '75',
      });
      expect(page.root.dataset.phase).to.equal('terminated');
      expect(page.window.document.querySelectorAll('#sch-api-errors li')).to.have.length(0);
    } finally {
      page.close();
    }
  });

  it('suspends on pagehide and shows the server-side bookmark on resume', async () => {
    const first = new Scorm12Api();
    const page = await openPage('1.2', served.base, { own: first });
    try {
      await until(page, idle);
      type(page, 'sch-topic-input', 'sqli');
      type(page, 'sch-bookmark-challenge-input', 'c1');
      type(page, 'sch-phase-input', '2');
      click(page, 'sch-move');
      await until(page, idle);
      type(page, 'sch-hint-input', 'hint-3');
      click(page, 'sch-reveal-hint');
      await until(page, idle);
      page.window.dispatchEvent(new page.window.Event('pagehide'));
    } finally {
      page.close();
    }
    const saved: State12 = first.persistedState();
    expect(saved).to.include({ terminated: true, exit: 'suspend' });

    const again = await openPage('1.2', served.base, { own: new Scorm12Api({ resume: saved }) });
    try {
      await until(again, idle);
      expect(again.root.dataset).to.include({
        entry: 'resume',
        resumed: 'true',
        sid: 'sch-session-1',
      });
      expect(again.window.document.getElementById('sch-bookmark')?.dataset.resumed).to.equal(
        'true',
      );
      expect([
        dataValue(again, 'sch-topic'),
        dataValue(again, 'sch-challenge'),
        dataValue(again, 'sch-phase'),
      ]).to.deep.equal(['sqli', 'c1', '2']);
      const hints = [...again.window.document.querySelectorAll('#sch-hints li')].map(
        (li) => (li as HTMLElement).dataset.hint,
      );
      expect(hints).to.deep.equal(['hint-3']);
    } finally {
      again.close();
    }
  });
});
