// The table itself: every keyword list names rows that exist, every row can be reached.
import { expect } from 'chai';
import { DATA_MODEL, evaluateLessonStatus, type NodeSpec } from '../../runtime-1.2/index.ts';

const rows: ReadonlyMap<string, NodeSpec> = new Map(Object.entries(DATA_MODEL));

describe('runtime-1.2 data model table', () => {
  for (const [pattern, spec] of rows) {
    if (spec.kind === 'element' || !spec.children) continue;
    const children = spec.children;
    it(`${pattern}._children names rows of the table`, () => {
      const prefix = spec.kind === 'array' ? `${pattern}.n.` : `${pattern}.`;
      for (const child of children) expect(rows.has(prefix + child), prefix + child).to.equal(true);
    });
  }

  it('every row hangs under a category or array row', () => {
    for (const pattern of rows.keys()) {
      if (pattern === 'cmi') continue;
      const parent = pattern.replace(/(\.n)?\.[^.]+$/, '');
      expect(rows.has(parent), `${pattern} -> ${parent}`).to.equal(true);
    }
  });

  it('only array rows are followed by an index', () => {
    for (const pattern of rows.keys()) {
      const tokens = pattern.split('.');
      tokens.forEach((token, i) => {
        if (token === 'n')
          expect(rows.get(tokens.slice(0, i).join('.'))?.kind, pattern).to.equal('array');
      });
    }
  });
});

describe('runtime-1.2 evaluateLessonStatus', () => {
  const facts = {
    status: 'not attempted',
    credit: 'credit',
    mode: 'normal',
    masteryScore: '80',
    raw: '90',
  };

  it('names each rule that changed the status, in order', () => {
    expect(evaluateLessonStatus(facts)).to.deep.equal({
      status: 'passed',
      changes: [
        { rule: 'untouched-status', from: 'not attempted', to: 'completed' },
        { rule: 'mastery-score', from: 'completed', to: 'passed' },
      ],
    });
  });

  it('reports no change when the status already agrees', () => {
    expect(evaluateLessonStatus({ ...facts, status: 'passed' })).to.deep.equal({
      status: 'passed',
      changes: [],
    });
  });
});
