/**
 * CPU seconds of this process's descendants by Chromium process type, read from /proc (Linux
 * only; elsewhere it reads nothing). A process's own time counts under its type; the time of its
 * children that already exited (renderers of closed contexts) counts as `exited`.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcessStat {
  pid: number;
  ppid: number;
  type: string;
  own: number;
  children: number;
}

function stat(pid: string): ProcessStat | undefined {
  try {
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ');
    const args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ');
    const type = /--type=(\S+)/.exec(args)?.[1] ?? (args.includes('chrom') ? 'browser' : 'other');
    const sub = /--utility-sub-type=\S*?\.(\w+)\s/.exec(args)?.[1];
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      type: sub ? `${type} (${sub})` : type,
      own: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      children: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined; // exited while being read, or no /proc
  }
}

/** CPU seconds by process type over every live descendant of this process. */
export function descendantCpu(): Map<string, number> {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  const stats = pids.flatMap((pid) => stat(pid) ?? []);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const descends = (s: ProcessStat): boolean => {
    for (let up = byPid.get(s.ppid); up; up = byPid.get(up.ppid)) {
      if (up.pid === process.pid) return true;
    }
    return s.ppid === process.pid;
  };
  const cpu = new Map<string, number>();
  const add = (type: string, seconds: number) => cpu.set(type, (cpu.get(type) ?? 0) + seconds);
  for (const s of stats.filter(descends)) {
    add(s.type, s.own);
    add('exited', s.children);
  }
  return cpu;
}

/** What `after` adds to `before`, largest first. */
export function cpuSince(
  before: Map<string, number>,
  after: Map<string, number>,
): [string, number][] {
  return [...after]
    .map(([type, seconds]): [string, number] => [type, seconds - (before.get(type) ?? 0)])
    .filter(([, seconds]) => seconds > 0.005)
    .sort((a, b) => b[1] - a[1]);
}
