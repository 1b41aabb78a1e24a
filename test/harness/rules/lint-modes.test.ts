/**
 * The ways of linting one trace give the same findings, message for message, on every rule
 * fixture: streamed from JSONL or loaded whole, and with the engine showing each rule only the
 * calls and events it declares or showing it every event.
 */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../../harness/rules/catalog.ts';
import { runRules } from '../../../harness/rules/engine.ts';
import { lintTrace, lintTraceFile } from '../../../harness/rules/lint.ts';
import type { LintOptions, Rule } from '../../../harness/rules/types.ts';
import { TraceJsonlWriter } from '../../../harness/trace/jsonl.ts';
import type { Trace } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';

const root = fileURLToPath(new URL('../../../harness/rules/__fixtures__/', import.meta.url));

interface Fixture {
  name: string;
  trace: Trace;
  options?: Partial<LintOptions>;
}

const fixtures: Fixture[] = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(join(root, folder.name))
      .filter((file) => file.endsWith('.trace.json'))
      .map((file) => {
        const name = `${folder.name}/${file}`;
        const raw = JSON.parse(readFileSync(join(root, name), 'utf8')) as {
          trace: unknown;
          options?: Partial<LintOptions>;
        };
        return { name, trace: parseTrace(raw.trace, name), options: raw.options };
      }),
  );

/** The same rules with their declared kinds dropped: each sees every event. */
const undeclared: Rule[] = RULES.map((rule) => {
  const copy = { ...rule };
  delete copy.calls;
  delete copy.events;
  return copy;
});

describe('lint modes', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lint-modes-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every rule fixture', () => {
    expect(fixtures.length).to.be.at.least(RULES.length * 2);
  });

  it('streams every fixture from JSONL to the findings of the trace loaded whole', async () => {
    for (const [i, { name, trace, options }] of fixtures.entries()) {
      const file = join(dir, `${i}.trace.jsonl`);
      const writer = new TraceJsonlWriter(file, trace.meta);
      for (const event of trace.events) writer.event(event);
      writer.finish(trace.final);
      const streamed = await lintTraceFile(file, options);
      expect(streamed.findings, name).to.deep.equal(lintTrace(trace, options));
      expect(streamed.events, name).to.equal(trace.events.length);
    }
  });

  it('finds on every fixture what the rules find when they are shown every event', () => {
    for (const { name, trace, options } of fixtures)
      expect(lintTrace(trace, options), name).to.deep.equal(runRules(undeclared, trace, options));
  });
});
