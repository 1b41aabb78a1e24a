import { expect } from 'chai';
import { cpuBetween, type ProcessStat } from '../../bench/gate/process-cpu.ts';

const proc = (pid: number, type: string, own: number, children = 0, start = pid): ProcessStat => ({
  pid,
  ppid: 1,
  start,
  type,
  args: [],
  own,
  children,
});

describe('bench/gate CPU between two readings', () => {
  it('counts what each process spent in between under its type', () => {
    const before = [proc(10, 'browser', 5), proc(11, 'renderer', 2)];
    const after = [proc(10, 'browser', 8), proc(11, 'renderer', 3.5), proc(12, 'renderer', 1)];
    expect(cpuBetween(before, after)).to.deep.equal([
      ['browser', 3],
      ['renderer', 2.5],
    ]);
  });

  it('counts a process that exited in between by what it spent after the first reading only', () => {
    // Renderer 11 had spent 4 s by the first reading and exits with 6 s: its parent (the zygote,
    // 9) reaps it and its children time grows by the whole 6 s; only 2 s were spent in between.
    const before = [proc(9, 'zygote', 0.1), proc(11, 'renderer', 4), proc(13, 'renderer', 1)];
    const after = [proc(9, 'zygote', 0.1, 6), proc(13, 'renderer', 2)];
    expect(cpuBetween(before, after)).to.deep.equal([
      ['exited', 2],
      ['renderer', 1],
    ]);
  });

  it('tells a new process from an exited one that had the same pid', () => {
    const before = [proc(9, 'zygote', 0, 0), proc(11, 'renderer', 4, 0, 100)];
    const after = [proc(9, 'zygote', 0, 5), proc(11, 'renderer', 0.5, 0, 900)];
    expect(cpuBetween(before, after)).to.deep.equal([
      ['exited', 1],
      ['renderer', 0.5],
    ]);
  });
});
