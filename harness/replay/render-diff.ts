/**
 * The side-by-side text of a trace diff: the reference run on the left, the new run on the right,
 * matching stretches folded, the first divergence marked (and highlighted when colored).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { eventLabel } from '../../reports/event-label.ts';
import type { ApiEvent } from '../trace/types.ts';
import type { DiffOp, TraceDiff } from './diff.ts';

export interface RenderDiffOptions {
  color?: boolean;
  /** Total line width; default 160. */
  width?: number;
  /** Matching calls shown around each difference; default 2. */
  context?: number;
  /** Lines of calls shown at most before the rest is summarized; default 400. */
  maxLines?: number;
  /** Column titles; default 'reference' and 'new run'. */
  titles?: [string, string];
}

const MARK: Record<DiffOp['kind'], string> = { same: ' ', changed: '~', removed: '-', added: '+' };

function cell(event: ApiEvent | undefined, width: number): string {
  if (!event) return ''.padEnd(width);
  const text = `#${event.seq} ${eventLabel(event, { maxValue: 40 })}`;
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

export function summarizeDiff(diff: TraceDiff): string {
  const { same, changed, removed, added } = diff.counts;
  const counts = `${same} same, ${changed} changed, ${removed} only in the reference, ${added} only in the new run`;
  if (diff.firstDivergence === undefined) return `calls: ${counts}; the runs agree`;
  const op = diff.ops[diff.firstDivergence]!;
  const where = [
    'a' in op ? `reference #${op.a.seq}` : undefined,
    'b' in op ? `new run #${op.b.seq}` : undefined,
  ]
    .filter(Boolean)
    .join(' / ');
  return `calls: ${counts}; first divergence at ${where}`;
}

export function renderDiff(diff: TraceDiff, options: RenderDiffOptions = {}): string {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(60, options.width ?? 160);
  const column = Math.floor((width - 7) / 2);
  const context = options.context ?? 2;
  const maxLines = options.maxLines ?? 400;
  const [left, right] = options.titles ?? ['reference', 'new run'];
  const paint: Record<DiffOp['kind'], (s: string) => string> = {
    same: (s) => s,
    changed: chalk.yellow,
    removed: chalk.red,
    added: chalk.green,
  };

  const shown = new Uint8Array(diff.ops.length);
  diff.ops.forEach((op, i) => {
    if (op.kind === 'same') return;
    for (let k = Math.max(0, i - context); k <= Math.min(diff.ops.length - 1, i + context); k++)
      shown[k] = 1;
  });

  const lines = [summarizeDiff(diff), chalk.bold(`    ${left.padEnd(column)} │ ${right}`)];
  let calls = 0;
  let folded = 0;
  const fold = () => {
    if (folded > 0)
      lines.push(chalk.dim(`    … ${folded} matching call${folded === 1 ? '' : 's'} …`));
    folded = 0;
  };
  for (let i = 0; i < diff.ops.length; i++) {
    const op = diff.ops[i]!;
    if (!shown[i]) {
      folded += 1;
      continue;
    }
    fold();
    if (calls === maxLines) {
      lines.push(`    … ${diff.ops.length - i} more calls not shown`);
      break;
    }
    calls += 1;
    const a = op.kind === 'added' ? undefined : op.a;
    const b = op.kind === 'removed' ? undefined : op.b;
    const first = i === diff.firstDivergence;
    const text = `${first ? '>' : ' '}${MARK[op.kind]}  ${cell(a, column)} │ ${cell(b, column).trimEnd()}`;
    lines.push(first ? chalk.inverse(paint[op.kind](text)) : paint[op.kind](text));
    if (first) lines.push(chalk.bold('    ^ first divergence'));
  }
  fold();
  return lines.join('\n') + '\n';
}
