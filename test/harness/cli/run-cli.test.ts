/**
 * `scorm-harness run` end to end through the binary: the reference bridge passes the gate (exit 0,
 * JSON, JUnit and HTML written, the JUnit valid against the JUnit XML schema), a mutant fails it
 * (exit 1), a fixture package is linted, a bad package and a bad config exit 2, and two shards
 * cover every SCO exactly once, an empty shard exits 0, a --grep matching nothing exits 2, and the
 * gate on jsdom passes with its popup launches skipped. The gate runs on a --grep subset: the full gate is the mutants
 * test's job, and each child process here pays for tsx and a browser.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBridge } from '../../../examples/sch-bridge/build.ts';
import { buildMutant } from '../../../examples/sch-bridge/mutants/build.ts';
import { MUTANTS } from '../../../examples/sch-bridge/mutants/catalog.ts';
import type { Results } from '../../../harness/results/types.ts';
import { parseResults } from '../../../harness/results/validate.ts';
import { inShard } from '../../../harness/suites/selection.ts';
import { XsdSubset } from '../../reports/xsd-subset.ts';
import { runCli, type CliRun } from './cli-process.ts';

const PACKAGES = fileURLToPath(new URL('../../fixtures/packages/', import.meta.url));
const XSD = new XsdSubset(
  readFileSync(new URL('../../reports/data/junit-10.xsd', import.meta.url), 'utf8'),
);
/** The shard of two that the single fixture SCO (ITEM-1) does not fall into. */
const EMPTY_SHARD = inShard('ITEM-1', { index: 1, total: 2 }) ? 2 : 1;
/** Two scenarios of the gate, both versions: enough to prove the wiring, cheap enough to run. */
const GATE_GREP = '^(initialize-first-terminate-once|score-formula)$';
/** On jsdom: a scenario with a popup launch, and the one whose late rejection once ended the run. */
// no-auto-completion's content sets no session time nor exit: its runs pass with findings.
const JSDOM_GREP = '^(initialize-first-terminate-once|suspend-data-envelope|no-auto-completion)$';

const cli = (args: string[]) => runCli(['run', ...args], 540_000);

const results = (out: string) =>
  JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;

describe('scorm-harness run (child process)', function () {
  this.timeout(600_000);
  let dir: string;
  const runs = new Map<string, CliRun>();
  const out = (name: string) => join(dir, name);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'run-cli-'));
    const [v12, v2004] = await Promise.all([
      buildBridge({ variant: '1.2' }),
      buildBridge({ variant: '2004' }),
    ]);
    const mutant = MUTANTS.find((m) => m.id === 'score-not-divided')!;
    const broken = await buildMutant(mutant, '1.2');
    writeFileSync(out('bad.json'), JSON.stringify({ reporters: ['console', 'xml'] }));
    const slow = ['--workers', '2', '--timeout', '5m'];
    const quick = ['--driver', 'jsdom', '--advance', '2s'];
    const cases: Record<string, string[]> = {
      reference: [
        v12.packageDir,
        v2004.packageDir,
        '--suite',
        'bridge',
        '--grep',
        GATE_GREP,
        '--reporter',
        'console,json,junit,html',
        '--out',
        out('reference'),
        ...slow,
      ],
      // No --suite: the bridge's manifest identifier picks the gate.
      mutant: [broken.packageDir, '--grep', '^score-formula$', '--out', out('mutant'), ...slow],
      lint: [join(PACKAGES, 'scorm12-single'), '--out', out('lint'), ...quick],
      badPackage: [join(PACKAGES, 'broken/bad-xml'), '--out', out('bad-package')],
      badConfig: [join(PACKAGES, 'scorm12-single'), '--config', out('bad.json')],
      shard1: [join(PACKAGES, 'multi-sco'), '--shard', '1/2', '--out', out('s1'), ...quick],
      shard2: [join(PACKAGES, 'multi-sco'), '--shard', '2/2', '--out', out('s2'), ...quick],
      whole: [join(PACKAGES, 'multi-sco'), '--out', out('whole'), ...quick],
      // The one SCO hashes into the other shard: this CI machine has nothing to do.
      emptyShard: [
        join(PACKAGES, 'scorm12-single'),
        '--shard',
        `${EMPTY_SHARD}/2`,
        '--reporter',
        'console,json,junit',
        '--out',
        out('empty-shard'),
        ...quick,
      ],
      grepNothing: [join(PACKAGES, 'scorm12-single'), '--grep', 'no-such-sco', '--shard', '1/2'],
      bridgeOnJsdom: [
        v12.packageDir,
        v2004.packageDir,
        '--suite',
        'bridge',
        '--driver',
        'jsdom',
        '--grep',
        JSDOM_GREP,
        '--out',
        out('bridge-jsdom'),
      ],
    };
    const done = await Promise.all(Object.values(cases).map(cli));
    Object.keys(cases).forEach((name, i) => runs.set(name, done[i]!));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (name: string) => runs.get(name)!;
  const why = (name: string) => `${run(name).stdout}\n${run(name).stderr}`;

  it('the reference bridge passes the gate: exit 0, JSON, JUnit and HTML written', () => {
    expect(run('reference').code, why('reference')).to.equal(0);
    const doc = results(out('reference'));
    expect(doc.run.suite).to.equal('bridge');
    // One result per scenario, version and launch mode.
    expect([...new Set(doc.scenarios.map((s) => `${s.id} ${s.version}`))].sort()).to.deep.equal([
      'initialize-first-terminate-once 1.2',
      'initialize-first-terminate-once 2004',
      'score-formula 1.2',
      'score-formula 2004',
    ]);
    expect(doc.scenarios.every((s) => s.status === 'pass')).to.equal(true);
    for (const s of doc.scenarios)
      for (const t of s.traces) expect(existsSync(t.path!), t.path).to.equal(true);
    const junit = readFileSync(join(out('reference'), 'junit.xml'), 'utf8');
    expect(XSD.check(junit)).to.deep.equal([]);
    expect(readFileSync(join(out('reference'), 'report.html'), 'utf8')).to.include('<html');
    expect(run('reference').stdout).to.include('exit 0');
  });

  it('a mutant fails the gate: exit 1, the failure in results.json', () => {
    expect(run('mutant').code, why('mutant')).to.equal(1);
    const doc = results(out('mutant'));
    expect(doc.run.suite).to.equal('bridge');
    expect(doc.scenarios.map((s) => [s.id, s.version, s.status])).to.deep.equal([
      ['score-formula', '1.2', 'fail'],
      ['score-formula', '2004', 'skip'],
    ]);
  });

  it("the mutant's failure shows the events that explain it: the score it set", () => {
    expect(run('mutant').stdout).to.match(
      /the last events:\n(?: {8}#\d+ .*\n)*? {8}#\d+ t=\d+ms LMSSetValue\("cmi\.core\.score\.raw", "100"\)/,
    );
  });

  it("bridge results carry the rules' findings, each pointing into a written trace", () => {
    let findings = 0;
    for (const name of ['reference', 'mutant', 'bridge-jsdom']) {
      const doc = results(out(name));
      for (const s of doc.scenarios)
        for (const f of s.findings) {
          findings += 1;
          expect(s.traces[f.launch ?? 0]?.path, f.ruleId).to.be.a('string');
        }
    }
    expect(findings, 'findings to check').to.be.greaterThan(0);
    const quiet = results(out('bridge-jsdom')).scenarios.filter(
      (s) => s.id === 'no-auto-completion',
    );
    expect(quiet.flatMap((s) => s.findings.map((f) => f.ruleId))).to.include(
      'session-time-missing',
    );
    expect(quiet.every((s) => s.status === 'pass')).to.equal(true);
    // The harness ended the mutant's launch once its assertion failed: that missing Terminate is
    // not the content's to answer for.
    const failed = results(out('mutant')).scenarios[0]!;
    expect(failed.status).to.equal('fail');
    expect(failed.findings.map((f) => f.ruleId)).to.not.include('terminate-missing');
  });

  it('a shard the split leaves empty: exit 0, zero runs in valid JSON and JUnit', () => {
    expect(run('emptyShard').code, why('emptyShard')).to.equal(0);
    expect(run('emptyShard').stdout).to.include(
      `exit 0: no scenario selected for shard ${EMPTY_SHARD}/2`,
    );
    const doc = parseResults(results(out('empty-shard')));
    expect(doc.scenarios).to.deep.equal([]);
    expect(doc.run.shard).to.deep.equal({ index: EMPTY_SHARD, total: 2 });
    const junit = readFileSync(join(out('empty-shard'), 'junit.xml'), 'utf8');
    expect(XSD.check(junit)).to.deep.equal([]);
    expect(junit).to.match(/<testsuites [^>]*tests="0"/);
  });

  it('a --grep that matches nothing on any shard: exit 2 naming the pattern', () => {
    expect(run('grepNothing').code).to.equal(2);
    expect(run('grepNothing').stderr).to.include(
      '--grep no-such-sco matched no SCO (1 in all), on any shard',
    );
  });

  it('the gate on jsdom passes, its popup launches skipped with the reason', () => {
    expect(run('bridgeOnJsdom').code, why('bridgeOnJsdom')).to.equal(0);
    const doc = results(out('bridge-jsdom'));
    const rows = doc.scenarios.map((s) => [s.id, s.version, s.launchMode, s.status]).sort();
    expect(rows).to.deep.equal([
      ['initialize-first-terminate-once', '1.2', 'frameset', 'pass'],
      ['initialize-first-terminate-once', '1.2', 'popup', 'skip'],
      ['initialize-first-terminate-once', '2004', 'frameset', 'pass'],
      ['initialize-first-terminate-once', '2004', 'popup', 'skip'],
      ['no-auto-completion', '1.2', 'frameset', 'pass'],
      ['no-auto-completion', '2004', 'frameset', 'pass'],
      ['suspend-data-envelope', '1.2', 'frameset', 'pass'],
      ['suspend-data-envelope', '2004', 'frameset', 'pass'],
    ]);
    for (const s of doc.scenarios.filter((s) => s.status === 'skip'))
      expect(s.reason).to.equal('popup launches need chromium (jsdom has no popups)');
    expect(run('bridgeOnJsdom').stdout).to.include('2 skipped');
  });

  it('a fixture package is linted: exit by its findings', () => {
    const doc = results(out('lint'));
    expect(doc.run.suite).to.equal('lint');
    const errors = doc.scenarios.flatMap((s) => s.findings).filter((f) => f.severity === 'error');
    expect(run('lint').code, why('lint')).to.equal(errors.length > 0 ? 1 : 0);
    expect(doc.scenarios.map((s) => s.id)).to.deep.equal(['ITEM-1']);
    expect(doc.scenarios[0]!.traces[0]!.path).to.match(/\.jsonl$/);
  });

  it('a bad package: exit 2 with the manifest error', () => {
    expect(run('badPackage').code).to.equal(2);
    expect(run('badPackage').stderr).to.match(/error MANIFEST_INVALID/);
  });

  it('a bad config: exit 2 naming the key at fault', () => {
    expect(run('badConfig').code).to.equal(2);
    expect(run('badConfig').stderr).to.include(
      'config.reporters[1]: must be one of console, json, junit, html',
    );
  });

  it('--shard 1/2 and 2/2 together run every SCO exactly once', () => {
    const ids = (name: string) => results(out(name)).scenarios.map((s) => s.id);
    const whole = ids('whole');
    expect(whole.length).to.be.greaterThan(1);
    expect([...ids('s1'), ...ids('s2')].sort()).to.deep.equal([...whole].sort());
    expect(results(out('s1')).run.shard).to.deep.equal({ index: 1, total: 2 });
  });
});
