/**
 * Renders the bridge state into the page. Stable ids and data attributes are the contract with
 * scenarios (README.md, "Page contract"); text is set with textContent only. The state is rendered
 * whole on every change (a heartbeat makes three), so only what differs is written: each write is
 * a DOM mutation the browser restyles and repaints for.
 */
import type { BridgeView, BridgeViewState } from '../core/view-state.ts';
import { completionStatus2004 } from '../core/status.ts';
import { formatDecimal } from '../core/score.ts';

export class DomView implements BridgeView {
  /** What each list shows now, as the JSON of its items. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly doc: Document) {}

  render(state: BridgeViewState): void {
    const root = this.el('sch-bridge');
    const report = state.report;
    const data: Record<string, string> = {
      phase: state.phase,
      version: state.version,
      entry: state.entry,
      sid: state.sid ?? '',
      resumed: String(state.resumed),
      pending: String(state.pending),
      heartbeats: String(state.heartbeats),
      completion: report ? completionStatus2004(report.complete) : '',
      score: report?.raw === undefined ? '' : formatDecimal(report.raw),
      verdict: report?.verdict ?? '',
    };
    for (const [key, value] of Object.entries(data)) {
      if (root.dataset[key] !== value) root.dataset[key] = value;
    }

    this.text('sch-version', data.version ?? '');
    this.text('sch-entry', data.entry ?? '');
    this.text('sch-sid', data.sid ?? '');
    this.text('sch-completion', data.completion ?? '');
    this.text('sch-score', data.score ?? '');
    this.text('sch-verdict', data.verdict ?? '');
    this.text('sch-heartbeats', data.heartbeats ?? '');

    const bookmarkEl = this.el('sch-bookmark');
    if (bookmarkEl.dataset.resumed !== String(state.resumed)) {
      bookmarkEl.dataset.resumed = String(state.resumed);
    }
    const bookmark = state.bookmark;
    this.value('sch-topic', bookmark?.topic ?? '');
    this.value('sch-challenge', bookmark?.challenge ?? '');
    this.value('sch-phase', bookmark ? String(bookmark.phase) : '');
    this.list('sch-hints', bookmark?.hints ?? [], (li, hint) => {
      li.dataset.hint = hint;
      li.textContent = hint;
    });

    const problem = this.el('sch-problem');
    if (problem.hidden !== (state.problem === undefined))
      problem.hidden = state.problem === undefined;
    this.text('sch-problem', state.problem ?? '');
    this.list('sch-api-errors', state.apiErrors, (li, error) => {
      li.dataset.fn = error.fn;
      li.dataset.code = error.code;
      li.textContent = `${error.fn}(${error.args.join(', ')}): ${error.code} ${error.message}`;
    });
  }

  private el(id: string): HTMLElement {
    const found = this.doc.getElementById(id);
    if (!found) throw new Error(`page element #${id} is missing`);
    return found;
  }

  private text(id: string, value: string): void {
    const el = this.el(id);
    if (el.textContent !== value) el.textContent = value;
  }

  private value(id: string, value: string): void {
    const el = this.el(id);
    if (el.dataset.value !== value) el.dataset.value = value;
    this.text(id, value);
  }

  private list<T>(id: string, items: readonly T[], fill: (li: HTMLLIElement, item: T) => void) {
    const ul = this.el(id);
    const json = JSON.stringify(items);
    if (this.shown.get(id) === json) return;
    this.shown.set(id, json);
    ul.replaceChildren(
      ...items.map((item) => {
        const li = this.doc.createElement('li');
        fill(li, item);
        return li;
      }),
    );
  }
}
