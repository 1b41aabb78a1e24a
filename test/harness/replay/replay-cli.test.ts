import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProfile } from '../../../harness/profiles/validate-profile.ts';
import { writeTrace } from '../../../harness/trace/trace-file.ts';
import { calls, traceOf } from './trace-builder.ts';
import { runCli, type CliRun } from '../cli/cli-process.ts';

const SCO12 = fileURLToPath(new URL('../../fixtures/sco/sco12', import.meta.url));

const cli = (...args: string[]) => runCli(args, 150_000);

// Child processes are slow (each loads tsx and the harness): the cases start together in `before`.
describe('scorm-harness replay and diff (child process)', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'replay-cli-'));
  const file = (name: string) => join(dir, name);
  const runs = new Map<string, CliRun>();

  before(async () => {
    const base = calls([
      ['LMSInitialize', [''], 'true'],
      ['LMSGetValue', ['cmi.core.lesson_status'], 'incomplete'],
      ['LMSFinish', [''], 'true'],
    ]);
    writeTrace(file('a.json'), traceOf(base));
    writeTrace(file('b.json'), traceOf(base.map((e, i) => (i === 1 ? { ...e, result: '' } : e))));
    writeFileSync(file('not-json.json'), '{ nope');
    const quick = {
      same: ['diff', file('a.json'), file('a.json')],
      diverged: ['diff', file('a.json'), file('b.json')],
      unreadable: ['diff', file('a.json'), file('missing.json')],
      profile: ['replay', file('a.json')],
    };
    const launched = cli(
      'launch',
      SCO12,
      '--driver',
      'jsdom',
      '--advance',
      '2s',
      '--out',
      file('ref.json'),
    );
    const entries = await Promise.all(
      Object.entries(quick).map(async ([name, args]) => [name, await cli(...args)] as const),
    );
    for (const [name, run] of entries) runs.set(name, run);
    runs.set('launch', await launched);
    runs.set(
      'replay',
      await cli(
        'replay',
        file('ref.json'),
        '--package',
        SCO12,
        '--driver',
        'jsdom',
        '--diff',
        '--out',
        file('new.json'),
      ),
    );
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('diff exits 0 when the calls agree', () => {
    const run = runs.get('same')!;
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('the runs agree');
  });

  it('diff exits 1 and marks the first divergence when they differ', () => {
    const run = runs.get('diverged')!;
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(
      /^>~ {2}#1 LMSGetValue\("cmi.core.lesson_status"\) -> "incomplete"/m,
    );
    expect(run.stdout).to.contain('^ first divergence');
  });

  it('diff exits 2 with the file and the fix when a file cannot be read', () => {
    const run = runs.get('unreadable')!;
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('missing.json').and.contain('fix:');
  });

  it('replay without a package prints the derived profile', () => {
    const run = runs.get('profile')!;
    expect(run.code).to.equal(0);
    const profile = parseProfile(JSON.parse(run.stdout));
    expect(profile.quirks[0]).to.deep.include({
      launchValues: { 'cmi.core.lesson_status': 'incomplete' },
    });
  });

  it("replay of a spec run's trace reruns the package and finds the same calls", () => {
    expect(runs.get('launch')!.code, runs.get('launch')!.stderr).to.equal(0);
    const run = runs.get('replay')!;
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('the runs agree');
    const replayed = JSON.parse(readFileSync(file('new.json'), 'utf8')) as {
      meta: { profile: string };
    };
    expect(replayed.meta.profile).to.equal('replay-of-sco12');
  });
});
