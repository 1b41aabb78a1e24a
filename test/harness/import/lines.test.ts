import { expect } from 'chai';
import { parseQuotedArgs, splitLines } from '../../../harness/import/lines.ts';

describe('import: line helpers', () => {
  const cases: [string, string[] | undefined][] = [
    ['', []],
    ["''", ['']],
    ["'cmi.mode'", ['cmi.mode']],
    ["'cmi.location', 'p2'", ['cmi.location', 'p2']],
    ['"a","b"', ['a', 'b']],
    ["'cmi.suspend_data', 'it's, quoted'", ['cmi.suspend_data', "it's, quoted"]],
    ['cmi.mode', undefined],
    ["'cmi.mode", undefined],
    ["'a' 'b'", undefined],
  ];
  for (const [text, args] of cases) {
    it(`reads ${JSON.stringify(text)} as ${JSON.stringify(args)}`, () => {
      expect(parseQuotedArgs(text)).to.deep.equal(args);
    });
  }

  it('splits CRLF and LF lines and drops a BOM', () => {
    expect(splitLines('\uFEFFa\r\nb\nc')).to.deep.equal(['a', 'b', 'c']);
  });
});
