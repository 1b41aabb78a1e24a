import { expect } from 'chai';
import { checkEntryName } from '../../../harness/package/zip-entry-name.ts';

describe('package/zip-entry-name', () => {
  const refused: Array<[string, RegExp]> = [
    ['../evil.html', /"\.\."/],
    ['course/../../evil.html', /"\.\."/],
    ['course/..', /"\.\."/],
    ['/etc/cron.d/evil', /absolute path/],
    ['C:/Windows/evil.dll', /absolute Windows path/],
    ['c:evil.dll', /absolute Windows path/],
    ['C:\\Windows\\evil.dll', /backslash/],
    ['..\\evil.html', /backslash/],
    ['course\\index.html', /backslash/],
    ['evil\0.html', /NUL/],
    ['', /empty name/],
  ];
  for (const [name, reason] of refused) {
    it(`refuses ${JSON.stringify(name)}`, () => {
      const verdict = checkEntryName(name);
      expect(verdict.ok).to.equal(false);
      if (!verdict.ok) expect(verdict.reason).to.match(reason);
    });
  }

  const accepted: Array<[string, string[]]> = [
    ['imsmanifest.xml', ['imsmanifest.xml']],
    ['course/index.html', ['course', 'index.html']],
    ['course/', ['course']],
    ['./course//page.html', ['course', 'page.html']],
    ['cours/été.html', ['cours', 'été.html']],
    ['..hidden/file..txt', ['..hidden', 'file..txt']],
    ['./', []],
  ];
  for (const [name, segments] of accepted) {
    it(`accepts ${JSON.stringify(name)} as ${JSON.stringify(segments)}`, () => {
      expect(checkEntryName(name)).to.deep.equal({ ok: true, segments });
    });
  }
});
