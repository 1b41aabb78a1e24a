import { expect } from 'chai';
import { diffCalls, type DiffOp } from '../../../harness/replay/diff.ts';
import type { ApiEvent } from '../../../harness/trace/types.ts';
import { calls, type CallSpec } from './trace-builder.ts';

const INIT: CallSpec = ['LMSInitialize', [''], 'true'];
const FINISH: CallSpec = ['LMSFinish', [''], 'true'];
const get = (element: string, value: string, error = '0'): CallSpec => [
  'LMSGetValue',
  [element],
  value,
  error,
];
const set = (element: string, value: string, result = 'true', error = '0'): CallSpec => [
  'LMSSetValue',
  [element, value],
  result,
  error,
];

/** Each op as a short string: `= LMSInitialize`, `~ LMSGetValue`, `- …`, `+ …`. */
function shape(ops: DiffOp[]): string[] {
  const mark = { same: '=', changed: '~', removed: '-', added: '+' } as const;
  return ops.map((op) => {
    const e = (op.kind === 'added' ? op.b : op.a) as ApiEvent;
    return `${mark[op.kind]} ${e.fn} ${e.args.join(',')}`;
  });
}

describe('trace diff', () => {
  const cases: { name: string; a: CallSpec[]; b: CallSpec[]; shape: string[]; first?: number }[] = [
    {
      name: 'identical runs',
      a: [INIT, get('cmi.core.entry', 'ab-initio'), FINISH],
      b: [INIT, get('cmi.core.entry', 'ab-initio'), FINISH],
      shape: ['= LMSInitialize ', '= LMSGetValue cmi.core.entry', '= LMSFinish '],
    },
    {
      name: 'a different answer to the same call',
      a: [INIT, get('cmi.core.lesson_status', 'incomplete'), FINISH],
      b: [INIT, get('cmi.core.lesson_status', ''), FINISH],
      shape: ['= LMSInitialize ', '~ LMSGetValue cmi.core.lesson_status', '= LMSFinish '],
      first: 1,
    },
    {
      name: 'a call only the new run makes',
      a: [INIT, set('cmi.core.exit', 'suspend'), FINISH],
      b: [INIT, set('cmi.core.exit', 'suspend'), ['LMSGetLastError', [], '0'], FINISH],
      shape: [
        '= LMSInitialize ',
        '= LMSSetValue cmi.core.exit,suspend',
        '+ LMSGetLastError ',
        '= LMSFinish ',
      ],
      first: 2,
    },
    {
      name: 'a different value written is a removal and an addition',
      a: [INIT, set('cmi.core.lesson_status', 'completed'), FINISH],
      b: [INIT, set('cmi.core.lesson_status', 'incomplete'), FINISH],
      shape: [
        '= LMSInitialize ',
        '- LMSSetValue cmi.core.lesson_status,completed',
        '+ LMSSetValue cmi.core.lesson_status,incomplete',
        '= LMSFinish ',
      ],
      first: 1,
    },
    {
      name: 'a run cut short',
      a: [INIT, ['LMSCommit', [''], 'true'], FINISH],
      b: [INIT],
      shape: ['= LMSInitialize ', '- LMSCommit ', '- LMSFinish '],
      first: 1,
    },
    {
      name: 'nothing in common',
      a: [INIT],
      b: [['Initialize', [''], 'true']],
      shape: ['- LMSInitialize ', '+ Initialize '],
      first: 0,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const diff = diffCalls(calls(c.a), calls(c.b));
      expect(shape(diff.ops)).to.deep.equal(c.shape);
      expect(diff.firstDivergence).to.equal(c.first);
    });
  }

  it('counts each kind', () => {
    const diff = diffCalls(
      calls([INIT, get('a', '1'), get('b', '1'), FINISH]),
      calls([INIT, get('a', '2'), get('c', '1'), FINISH]),
    );
    expect(diff.counts).to.deep.equal({ same: 2, changed: 1, removed: 1, added: 1 });
  });

  it('finds a shortest script beside a long common run (the Myers path)', () => {
    const body = Array.from({ length: 50 }, (_, i) => get(`cmi.x${i}`, 'v'));
    const a = [INIT, ...body.slice(0, 20), set('s', '1'), ...body.slice(20), FINISH];
    const b = [INIT, ...body.slice(0, 10), set('t', '1'), ...body.slice(10), FINISH];
    const diff = diffCalls(calls(a), calls(b));
    expect(diff.counts).to.deep.equal({ same: 52, changed: 0, removed: 1, added: 1 });
  });

  it('aligns two 100k-call traces that differ in many places in well under a second', () => {
    const make = (n: number, salt: number) =>
      calls(
        Array.from({ length: n }, (_, i): CallSpec =>
          i % 997 === salt ? set('cmi.suspend_data', `x${i}`) : get(`cmi.e${i % 50}`, `${i % 7}`),
        ),
      );
    const a = make(100_000, 3);
    const b = make(100_000, 5);
    // CPU time, not wall time: the machine running the tests may be busy with other work.
    const started = process.cpuUsage();
    const diff = diffCalls(a, b);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).to.be.below(1000);
    expect(diff.counts.same + diff.counts.changed).to.be.above(99_000);
    expect(diff.firstDivergence).to.equal(3);
  });

  it('falls back to unique anchors when the runs differ too much for the bounded search', () => {
    const a = calls(Array.from({ length: 3000 }, (_, i): CallSpec => get(`a${i}`, '1')));
    const b = calls([
      ...Array.from({ length: 3000 }, (_, i): CallSpec => get(`b${i}`, '1')),
      get('a2999', '1'),
    ]);
    const diff = diffCalls(a, b);
    expect(diff.counts).to.deep.equal({ same: 1, changed: 0, removed: 2999, added: 3000 });
  });
});
