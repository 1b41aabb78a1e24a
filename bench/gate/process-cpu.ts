/**
 * CPU seconds of this process's descendants by Chromium process type, read from /proc (Linux
 * only; elsewhere it reads nothing). A process's own time counts under its type; what processes
 * that exited between two readings spent in between (renderers of closed contexts) counts as
 * `exited`.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export interface ProcessStat {
  pid: number;
  ppid: number;
  /** Clock ticks after boot at which it started: with the pid, which process this is. */
  start: number;
  type: string;
  /**
   * Its command line, argument by argument (Chromium's child processes rewrite theirs as one
   * string: their whole command line is then the first).
   */
  args: string[];
  /** CPU seconds it spent itself. */
  own: number;
  /** CPU seconds of its children that exited and that it reaped, their whole lives. */
  children: number;
}

function stat(pid: string): ProcessStat | undefined {
  try {
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ');
    const args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean);
    const line = `${args.join(' ')} `;
    // The browser is the executable itself, not a launcher script that names it (/bin/sh …).
    const type =
      /--type=(\S+)/.exec(line)?.[1] ?? (args[0]?.includes('chrom') ? 'browser' : 'other');
    const sub = /--utility-sub-type=\S*?\.(\w+)\s/.exec(line)?.[1];
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      start: Number(fields[19]),
      type: sub ? `${type} (${sub})` : type,
      args,
      own: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      children: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined; // exited while being read, or no /proc
  }
}

/** Every live descendant of this process, with its CPU so far. */
export function descendants(): ProcessStat[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const stats = pids.flatMap((pid) => stat(pid) ?? []);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const descends = (s: ProcessStat): boolean => {
    for (let up = byPid.get(s.ppid); up; up = byPid.get(up.ppid)) {
      if (up.pid === process.pid) return true;
    }
    return s.ppid === process.pid;
  };
  return stats.filter(descends);
}

/**
 * CPU seconds spent between two readings, by type, largest first. A process that exited in
 * between shows only in its parent's reaped-children time, which grows by its whole life: what it
 * had spent by `before` is taken off again, so `exited` holds only what it spent in between.
 */
export function cpuBetween(before: ProcessStat[], after: ProcessStat[]): [string, number][] {
  const key = (s: ProcessStat) => `${s.pid}@${s.start}`;
  const earlier = new Map(before.map((s) => [key(s), s]));
  const still = new Set(after.map(key));
  const cpu = new Map<string, number>();
  const add = (type: string, seconds: number) => cpu.set(type, (cpu.get(type) ?? 0) + seconds);
  for (const s of after) {
    const then = earlier.get(key(s));
    add(s.type, s.own - (then?.own ?? 0));
    add('exited', s.children - (then?.children ?? 0));
  }
  for (const s of before) if (!still.has(key(s))) add('exited', -s.own);
  return [...cpu].filter(([, seconds]) => seconds > 0.005).sort((a, b) => b[1] - a[1]);
}
