import { expect } from 'chai';
import { diffCalls } from '../../../harness/replay/diff.ts';
import { renderDiff, summarizeDiff } from '../../../harness/replay/render-diff.ts';
import { calls, type CallSpec } from './trace-builder.ts';

const body = (n: number): CallSpec[] =>
  Array.from({ length: n }, (_, i) => ['LMSGetValue', [`cmi.e${i}`], 'v']);

describe('side-by-side diff text', () => {
  const a = calls([
    ['LMSInitialize', [''], 'true'],
    ...body(10),
    ['LMSGetValue', ['cmi.core.lesson_status'], 'incomplete'],
    ['LMSFinish', [''], 'true'],
  ]);
  const b = calls([
    ['LMSInitialize', [''], 'true'],
    ...body(10),
    ['LMSGetValue', ['cmi.core.lesson_status'], ''],
    ['LMSFinish', [''], 'true'],
  ]);
  const diff = diffCalls(a, b);

  it('marks the first divergence and shows both answers side by side', () => {
    const text = renderDiff(diff, { width: 140 });
    const line = text.split('\n').find((l) => l.startsWith('>~'));
    expect(line).to.contain('"incomplete" [0]').and.contain('-> "" [0]');
    expect(text).to.contain('^ first divergence');
  });

  it('folds matching stretches away from the differences', () => {
    const text = renderDiff(diff, { width: 140, context: 1 });
    expect(text).to.contain('… 10 matching calls …');
    expect(text.split('\n').filter((l) => /^[ >][ ~+-] {2}#/.test(l))).to.have.length(3);
  });

  it('colors only when asked', () => {
    expect(renderDiff(diff)).not.to.contain('\u001b[');
    expect(renderDiff(diff, { color: true })).to.contain('\u001b[7m');
  });

  it('summarizes counts and where the runs split, or that they agree', () => {
    expect(summarizeDiff(diff)).to.equal(
      'calls: 12 same, 1 changed, 0 only in the reference, 0 only in the new run; first divergence at reference #11 / new run #11',
    );
    expect(summarizeDiff(diffCalls(a, a))).to.match(/the runs agree$/);
  });

  it('stops after maxLines calls and says how many were left out', () => {
    const many = calls(body(50).map(([fn, args]) => [fn, args, 'x'] as CallSpec));
    const text = renderDiff(diffCalls(calls(body(50)), many), { maxLines: 5 });
    expect(text).to.contain('… 45 more calls not shown');
  });

  it('keeps every line within the width', () => {
    const long = calls([['LMSSetValue', ['cmi.suspend_data', 'z'.repeat(500)], 'true']]);
    const text = renderDiff(diffCalls(long, []), { width: 80 });
    for (const line of text.split('\n').slice(1)) expect(line.length).to.be.at.most(80);
  });
});
