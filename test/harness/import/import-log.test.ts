import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'chai';
import { HarnessError } from '../../../harness/errors.ts';
import { importLog } from '../../../harness/import/import-log.ts';
import type { ImportOptions, LogSource } from '../../../harness/import/import-log.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { fixture } from './fixtures.ts';

async function importFailure(source: LogSource, options?: ImportOptions): Promise<HarnessError> {
  try {
    await importLog(source, options);
  } catch (e) {
    expect(e).to.be.instanceOf(HarnessError);
    return e as HarnessError;
  }
  return expect.fail('the import did not fail');
}

const logFixtures = readdirSync(dirname(fixture('README.md'))).filter((f) => !f.endsWith('.md'));

describe('importLog', () => {
  for (const file of logFixtures) {
    it(`produces a trace that validates against the schema from ${file}`, async () => {
      const { trace } = await importLog(fixture(file));
      expect(() => parseTrace(JSON.parse(JSON.stringify(trace)))).not.to.throw();
      expect(trace.events.length).to.be.greaterThan(0);
    });
  }

  it('takes the text itself, named for messages and the package', async () => {
    const text = readFileSync(fixture('console-wrapper-12.log'), 'utf8');
    const { trace } = await importLog({ text, name: 'customer.log' });
    expect(trace.meta.package).to.equal('customer');
    expect(trace.events).to.have.length(7);
  });

  it('uses the format named with from, without sniffing', async () => {
    const text = "Initialize('') returned 'true'\nTerminate('') returned 'true'";
    const { report } = await importLog({ text }, { from: 'console' });
    expect(report.format).to.equal('console');
  });

  it('refuses a log in no known format, naming its first line', async () => {
    const error = await importFailure({
      text: '\n\nDear support,\nthe course is broken.\n',
      name: 'mail.txt',
    });
    expect(error.code).to.equal('IMPORT_FAILED');
    expect(error.line).to.equal(3);
    expect(error.message).to.contain('mail.txt:3');
  });

  it('refuses a log named as a format it is not, at the first call it could not read', async () => {
    const text = 'Mon, 15 Jan 2024 09:23:41 GMT: LMSInitialize("", "") =>';
    const error = await importFailure({ text }, { from: 'moodle' });
    expect(error.code).to.equal('IMPORT_FAILED');
    expect(error.line).to.equal(1);
  });

  it('refuses a damaged native trace with the line of the JSON error', async () => {
    const text = readFileSync(fixture('native-12.trace.json'), 'utf8').replace(
      '"sco-1",',
      '"sco-1"',
    );
    const error = await importFailure({ text, name: 'cut.json' });
    expect(error.code).to.equal('IMPORT_FAILED');
    expect(error.line).to.equal(text.split('\n').findIndex((l) => l.includes('"version"')) + 1);
  });

  it('refuses a damaged JSON Lines trace with the line that is not JSON', async () => {
    const lines = readFileSync(fixture('native-12.trace.jsonl'), 'utf8').split('\n');
    lines[2] = lines[2]!.slice(0, 20);
    const error = await importFailure({ text: lines.join('\n') });
    expect(error.line).to.equal(3);
  });

  it('refuses a damaged log whose every call line is broken, at the first of them', async () => {
    const text = [
      'Runtime Calls',
      "[10:15:02.114] Initialize('') returned 'true' in 0.003 seconds",
      "[10:15:02.120] GetValue('cmi.mode) returned 'normal' in 0 seconds",
    ]
      .join('\n')
      .replace("Initialize('')", 'Initialize(")');
    const error = await importFailure({ text }, { from: 'scorm-cloud' });
    expect(error.line).to.equal(2);
    expect(error.message).to.contain('cannot read the arguments of Initialize');
  });

  it('imports what it can from a partial log and lists what it skipped', async () => {
    const lines = readFileSync(fixture('scorm-cloud-2004.log'), 'utf8').split('\n');
    lines[10] = lines[10]!.slice(0, 40);
    lines[12] = lines[12]!.replace("Commit('')", "Commit('x)");
    const { trace, report } = await importLog({ text: lines.join('\n') });
    expect(trace.events).to.have.length(12);
    expect(report.skipped).to.deep.equal([
      { line: 11, reason: 'shows an API call in a shape this format does not print' },
      { line: 13, reason: 'cannot read the arguments of Commit' },
    ]);
  });

  it('says what it could not read from a file that is not there', async () => {
    const error = await importFailure('/nonexistent/customer.log');
    expect(error.code).to.equal('IMPORT_FAILED');
    expect(error.file).to.equal('/nonexistent/customer.log');
  });
});
