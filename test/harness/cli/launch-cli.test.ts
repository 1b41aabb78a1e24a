import { expect } from 'chai';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readTrace } from '../../../harness/trace/trace-file.ts';
import { fixture, fixtureEntries, scratch, writeZip } from '../package/fixtures.ts';
import { runCli, type CliRun } from './cli-process.ts';

const SCO = (name: string) => fileURLToPath(new URL(`../../fixtures/sco/${name}`, import.meta.url));

// Child processes are slow (each loads tsx and the harness): every case starts at once, in `before`.
describe('scorm-harness launch (child process)', function () {
  this.timeout(180_000);
  let dir: string;
  /** The failing launches' temporary folder (TMPDIR). */
  let temp: string;
  let cleanup: () => Promise<void>;
  const runs = new Map<string, CliRun>();

  before(async () => {
    ({ dir, cleanup } = await scratch());
    temp = join(dir, 'tmp');
    mkdirSync(temp);
    const zipped = await writeZip(join(dir, 'escape.zip'), [
      ...(await fixtureEntries('scorm12-single')),
      { name: '../escape.txt', data: 'out' },
    ]);
    const cases: Record<string, string[]> = {
      chromium: ['launch', SCO('sco12'), '--advance', '90s', '--out', join(dir, 'chromium.json')],
      jsdom: [
        'launch',
        SCO('heartbeat'),
        '--driver',
        'jsdom',
        '--advance',
        '5m',
        '--out',
        join(dir, 'jsdom.jsonl'),
      ],
      missing: ['launch', join(dir, 'no-such-course'), '--out', join(dir, 'missing.json')],
      zipSlip: ['launch', zipped, '--out', join(dir, 'zip.json')],
      entity: ['launch', fixture('external-entity'), '--out', join(dir, 'entity.json')],
      unknownSco: ['launch', SCO('sco12'), '--sco', 'no-such-item', '--out', join(dir, 'sco.json')],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => {
        // `failures` (below) names the launches that fail before they start.
        const failing = failures.some(([, failed]) => failed === name);
        return [name, await runCli(args, 120_000, failing ? { TMPDIR: temp } : {})] as const;
      }),
    );
    for (const [name, run] of entries) runs.set(name, run);
  });
  after(() => cleanup());

  const run = (name: string) => runs.get(name)!;

  it('launches in Chromium, exits 0, writes a valid trace and prints the summary', async () => {
    expect(run('chromium').code, run('chromium').stderr).to.equal(0);
    const trace = await readTrace(join(dir, 'chromium.json'));
    expect(trace.meta.sco).to.equal('item-12');
    expect(trace.events.some((e) => e.type === 'api' && e.fn === 'LMSInitialize')).to.equal(true);
    const out = run('chromium').stdout;
    expect(out).to.match(/calls\s+LMSInitialize 1/);
    expect(out).to.match(/final\s+status incomplete · location page-1/);
    expect(out).to.match(/ended\s+\w+ at 1m30s of virtual time/);
    expect(out).to.include(join(dir, 'chromium.json'));
    // No escape codes when NO_COLOR is set, no progress lines in CI.
    expect(out).not.to.include(String.fromCharCode(27));
    expect(run('chromium').stderr).to.equal('');
  });

  it('launches with --driver jsdom and streams a JSON Lines trace', async () => {
    expect(run('jsdom').code, run('jsdom').stderr).to.equal(0);
    const trace = await readTrace(join(dir, 'jsdom.jsonl'));
    const commits = trace.events.filter((e) => e.type === 'api' && e.fn === 'LMSCommit');
    expect(commits.map((e) => e.t)).to.deep.equal([60_000, 120_000, 180_000, 240_000, 300_000]);
    expect(trace.final.ended).to.equal('closed');
    expect(run('jsdom').stdout).to.match(/· jsdom\n/);
  });

  const failures: [string, string, RegExp][] = [
    ['a missing package', 'missing', /PACKAGE_NOT_FOUND: .*no-such-course.*\n {2}fix: /],
    ['a zip with a ../ entry', 'zipSlip', /PACKAGE_UNSAFE: .*escape\.zip.*\.\.\/escape\.txt/s],
    [
      'a manifest with an external entity',
      'entity',
      /MANIFEST_INVALID: .*imsmanifest\.xml.*entit/is,
    ],
    [
      'an unknown --sco',
      'unknownSco',
      /CONFIG_INVALID: no SCO "no-such-item".*\n {2}fix: use one of: item-12/,
    ],
  ];
  it('leaves no temporary folder when the launch fails before it starts', () => {
    expect(readdirSync(temp).filter((name) => name.startsWith('scorm-harness-'))).to.deep.equal([]);
  });

  for (const [what, name, message] of failures) {
    it(`exits 2 with the file, the problem and the fix for ${what}`, () => {
      expect(run(name).code).to.equal(2);
      expect(run(name).stderr).to.match(message);
      expect(run(name).stderr).not.to.match(/\n\s+at /); // no stack trace
      expect(run(name).stdout).to.equal('');
    });
  }
});
