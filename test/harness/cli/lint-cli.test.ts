import { expect } from 'chai';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../../../harness/results/types.ts';
import { scratch } from '../package/fixtures.ts';
import {
  BAD,
  CLEAN,
  IMPORT_FIXTURES,
  ruleFixture,
  writeJson,
  writeJsonl,
} from './lint-fixtures.ts';
import { runCli, type CliRun } from './cli-process.ts';

const cli = (...args: string[]) => runCli(args, 120_000);

// Each child loads tsx and the harness: every case starts at once, in `before`.
describe('scorm-harness lint (child process)', function () {
  this.timeout(180_000);
  let dir: string;
  let cleanup: () => Promise<void>;
  const runs = new Map<string, CliRun>();

  before(async () => {
    ({ dir, cleanup } = await scratch());
    const clean = writeJsonl(join(dir, 'clean.jsonl'), ruleFixture(CLEAN).trace);
    const bad = writeJson(join(dir, 'bad.json'), ruleFixture(BAD).trace);
    const lines = [
      JSON.stringify({ schemaVersion: 1, meta: ruleFixture(CLEAN).trace.meta }),
      JSON.stringify(ruleFixture(CLEAN).trace.events[0]),
      '{"type":"api","fn":"LMSCommit", oops',
    ];
    const garbage = join(dir, 'garbage.jsonl');
    writeFileSync(garbage, lines.join('\n') + '\n');
    const cases: Record<string, string[]> = {
      clean: ['lint', clean],
      bad: ['lint', bad, '--format', 'json'],
      garbage: ['lint', garbage],
      log: [
        'lint',
        join(IMPORT_FIXTURES, 'moodle-12.log'),
        '--format',
        'json',
        'junit',
        'html',
        '--out',
        join(dir, 'out'),
      ],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await cli(...args)] as const),
    );
    for (const [name, run] of entries) runs.set(name, run);
  });
  after(() => cleanup());

  const run = (name: string) => runs.get(name)!;

  it('exits 0 on a clean trace, streamed from JSONL, with the console report', () => {
    expect(run('clean').code, run('clean').stderr).to.equal(0);
    expect(run('clean').stdout).to.match(/1 passed · findings: 0 error, 0 warning, 0 info/);
    expect(run('clean').stdout).to.match(/exit 0: all scenarios passed/);
  });

  it('exits 1 on a trace with an error finding and prints the results as JSON', () => {
    expect(run('bad').code, run('bad').stderr).to.equal(1);
    const results = JSON.parse(run('bad').stdout) as Results;
    expect(results.run.command).to.equal('lint');
    expect(results.scenarios).to.have.length(1);
    expect(results.scenarios[0]?.status).to.equal('fail');
    expect(results.scenarios[0]?.findings.map((f) => [f.ruleId, f.seq])).to.deep.equal([
      ['call-after-terminate', 7],
    ]);
  });

  it('exits 2 on a damaged trace, naming the file and the line', () => {
    expect(run('garbage').code).to.equal(2);
    expect(run('garbage').stderr).to.match(
      /error TRACE_INVALID: .*garbage\.jsonl:3: line is not JSON/,
    );
    expect(run('garbage').stderr).to.match(/fix: /);
    expect(run('garbage').stderr).not.to.match(/\n\s+at /);
  });

  it('imports a foreign log, shows the import notes and writes the reports to --out', () => {
    expect(run('log').code, run('log').stderr).to.equal(1);
    expect(run('log').stderr).to.match(/import: read as moodle: 11 API calls/);
    expect(run('log').stderr).to.match(/note: Moodle leaves GetLastError calls out/);
    for (const file of ['results.json', 'junit.xml', 'report.html'])
      expect(existsSync(join(dir, 'out', file)), file).to.equal(true);
    expect(run('log').stdout).to.equal('');
  });
});
