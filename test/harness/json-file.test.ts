import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarnessError } from '../../harness/errors.ts';
import { readJsonFile, type JsonFileErrors } from '../../harness/json-file.ts';

const ERRORS: JsonFileErrors = {
  code: 'TRACE_INVALID',
  unreadable: { message: 'cannot read the thing', hint: 'check the path' },
  notJson: { message: (cause) => `the thing is not JSON: ${cause.message}`, hint: 'fix it' },
};

function thrown(run: () => unknown): HarnessError {
  try {
    run();
  } catch (error) {
    return error as HarnessError;
  }
  throw new Error('nothing was thrown');
}

describe('readJsonFile', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'json-file-'));
    writeFileSync(join(dir, 'good.json'), '{"a":[1,2]}');
    writeFileSync(join(dir, 'bad.json'), '{"a":');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the parsed value', () => {
    expect(readJsonFile(join(dir, 'good.json'), ERRORS)).to.deep.equal({ a: [1, 2] });
  });

  it('names the file, the caller’s words and the fix when the file cannot be read', () => {
    const error = thrown(() => readJsonFile(join(dir, 'missing.json'), ERRORS));
    expect(error.name).to.equal('HarnessError');
    expect(error).to.include({
      code: 'TRACE_INVALID',
      file: join(dir, 'missing.json'),
      hint: 'check the path',
    });
    expect(error.message).to.equal(`${join(dir, 'missing.json')}: cannot read the thing`);
  });

  it('shows the parser’s complaint where the caller asks for it, under the name the user gave', () => {
    const error = thrown(() => readJsonFile(join(dir, 'bad.json'), { ...ERRORS, shown: 'b.json' }));
    expect(error).to.include({ code: 'TRACE_INVALID', file: 'b.json', hint: 'fix it' });
    expect(error.message).to.match(/^b\.json: the thing is not JSON: \S/);
    expect((error.cause as Error).name).to.equal('SyntaxError');
  });
});
