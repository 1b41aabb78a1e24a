import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, launchPuppeteerDriver } from '../../../harness/driver/puppeteer-driver.ts';

/**
 * The --disable-features list of each Chromium browser process below this one, by pid (Linux): a
 * launcher script may run the browser as its child rather than exec it.
 */
function disabledFeaturesOfBrowsers(): Map<number, string[]> {
  const processes = new Map<number, { ppid: number; args: string[] }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0');
      processes.set(Number(pid), { ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]), args });
    } catch {
      // exited meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let up = processes.get(pid)?.ppid; up !== undefined; up = processes.get(up)?.ppid) {
      if (up === process.pid) return true;
    }
    return false;
  };
  const lists = new Map<number, string[]>();
  for (const [pid, { args }] of processes) {
    // Chromium's child processes rewrite their command line as one string: `--type=` is in it.
    if (!below(pid) || !args[0]?.includes('chrom') || args.join(' ').includes(' --type=')) continue;
    const features = args.filter((a) => a.startsWith('--disable-features='));
    // Chromium reads the last --disable-features only.
    lists.set(pid, features.at(-1)?.slice('--disable-features='.length).split(',') ?? []);
  }
  return lists;
}

describe("the project's Chromium flags", function () {
  this.timeout(30_000);

  it('are still whole after a launch, so the next browser started in this process gets them too', async () => {
    const before = [...CHROMIUM_FLAGS];
    const driver = await launchPuppeteerDriver();
    await driver.close();
    expect(CHROMIUM_FLAGS).to.deep.equal(before);
    expect(CHROMIUM_FLAGS.some((flag) => flag.startsWith('--disable-features='))).to.equal(true);
  });

  it('reach the browser: its one --disable-features list holds every feature the project disables', async function () {
    if (process.platform !== 'linux') this.skip();
    const ours = CHROMIUM_FLAGS.find((flag) => flag.startsWith('--disable-features='))!
      .slice('--disable-features='.length)
      .split(',');
    // Another test's browser may still be running: only the one this launch starts counts.
    const before = new Set(disabledFeaturesOfBrowsers().keys());
    const driver = await launchPuppeteerDriver();
    try {
      const started = [...disabledFeaturesOfBrowsers()].filter(([pid]) => !before.has(pid));
      expect(started, 'one browser process started by this launch').to.have.length(1);
      expect(started[0]![1]).to.include.members(ours);
    } finally {
      await driver.close();
    }
  });
});
