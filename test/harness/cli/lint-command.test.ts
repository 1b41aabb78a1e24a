import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../harness/cli/program.ts';
import type { Results } from '../../../harness/results/types.ts';
import { scratch } from '../package/fixtures.ts';
import { BAD, IMPORT_FIXTURES, ruleFixture, writeJson, writeJsonl } from './lint-fixtures.ts';

function stream(): PassThrough & { text(): string } {
  const chunks: string[] = [];
  const s = new PassThrough() as PassThrough & { text(): string };
  s.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  s.text = () => chunks.join('');
  return s;
}

async function lint(...args: string[]) {
  const stdout = stream();
  const stderr = stream();
  const code = await runCli(['lint', ...args], {
    stdout,
    stderr,
    env: { NO_COLOR: '1', CI: 'true' },
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const ruleIds = (json: string) =>
  (JSON.parse(json) as Results).scenarios.flatMap((s) => s.findings.map((f) => f.ruleId));

describe('scorm-harness lint (in process)', function () {
  // The first run loads the rules, importers and reporters.
  this.timeout(30_000);
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await scratch()));
  after(() => cleanup());

  it('finds the same in a streamed JSONL trace as in the JSON document', async () => {
    const { trace } = ruleFixture(BAD);
    const whole = await lint(writeJson(join(dir, 'same.json'), trace), '--format', 'json');
    const streamed = await lint(writeJsonl(join(dir, 'same.jsonl'), trace), '--format', 'json');
    expect(streamed.code).to.equal(1);
    expect(ruleIds(streamed.stdout)).to.deep.equal(ruleIds(whole.stdout));
  });

  it('runs only the rules named with --rule', async () => {
    const file = writeJson(join(dir, 'only.json'), ruleFixture(BAD).trace);
    const other = await lint(file, '--rule', 'terminate-twice', '--format', 'json');
    expect(other.code).to.equal(0);
    expect(ruleIds(other.stdout)).to.deep.equal([]);
    const same = await lint(
      file,
      '--rule',
      'terminate-twice',
      'call-after-terminate',
      '--format',
      'json',
    );
    expect(ruleIds(same.stdout)).to.deep.equal(['call-after-terminate']);
  });

  const refusals: [string, string[], RegExp][] = [
    [
      'an unknown rule id',
      ['--rule', 'no-such-rule'],
      /CONFIG_INVALID: unknown rule id: no-such-rule/,
    ],
    ['an unknown --from format', ['--from', 'lms-x'], /CONFIG_INVALID: unknown log format "lms-x"/],
  ];
  for (const [what, args, message] of refusals) {
    it(`exits 2 on ${what}`, async () => {
      const file = writeJson(join(dir, 'refused.json'), ruleFixture(BAD).trace);
      const run = await lint(file, ...args);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(message);
    });
  }

  it('exits 2 on a file it cannot read, naming it', async () => {
    const run = await lint(join(dir, 'missing.jsonl'));
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/missing\.jsonl: cannot read the trace \(ENOENT\)/);
  });

  it('exits 2 on a JSONL event the trace schema refuses, naming the line', async () => {
    const { trace } = ruleFixture(BAD);
    const file = join(dir, 'schema.jsonl');
    const lines = [
      { schemaVersion: 1, meta: trace.meta },
      { seq: 0, t: 0, type: 'api', fn: 'LMSInitialize' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = await lint(file);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(
      /schema\.jsonl:2: not a valid event: .*must have required property 'args'/,
    );
  });

  it('reads a log in the format named by --from', async () => {
    const run = await lint(
      join(IMPORT_FIXTURES, 'scorm-again-12.log'),
      '--from',
      'scorm-again',
      '--format',
      'json',
    );
    expect(run.stderr).to.match(/import: read as scorm-again/);
    expect(JSON.parse(run.stdout)).to.have.nested.property('run.command', 'lint');
  });
});
