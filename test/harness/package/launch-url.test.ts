import { expect } from 'chai';
import { applyParameters, resolveLaunchPath } from '../../../harness/package/launch-url.ts';

describe('package/launch-url', () => {
  describe('applyParameters (scorm-runtime.md#launch-url)', () => {
    const cases: Array<[string, string | undefined, string]> = [
      ['index.html', undefined, 'index.html'],
      ['index.html', '', 'index.html'],
      ['index.html', '?a=1', 'index.html?a=1'],
      ['index.html', 'a=1', 'index.html?a=1'],
      ['index.html', '&a=1', 'index.html?a=1'],
      ['index.html', '?&?&a=1', 'index.html?a=1'],
      ['index.html?x=1', '?tc=DMI&act=1', 'index.html?x=1&tc=DMI&act=1'],
      ['index.html?x=1', '&y=2', 'index.html?x=1&y=2'],
      ['index.html', '#part2', 'index.html#part2'],
      ['index.html', '?#part2', 'index.html#part2'],
      ['index.html#top', '#part2', 'index.html#top'],
      ['index.html?x=1', '#part2', 'index.html?x=1#part2'],
      // The reference algorithm appends after an existing fragment; followed as written.
      ['index.html#top', 'a=1', 'index.html#top?a=1'],
    ];
    for (const [url, parameters, expected] of cases) {
      it(`${url} + ${JSON.stringify(parameters)} → ${expected}`, () => {
        expect(applyParameters(url, parameters)).to.equal(expected);
      });
    }
  });

  describe('resolveLaunchPath', () => {
    it('concatenates the xml:base chain and decodes the file path', () => {
      expect(
        resolveLaunchPath(['content/', undefined, 'm 1/'], 'page%201.html?x=1#y'),
      ).to.deep.equal({
        ok: true,
        url: 'content/m 1/page%201.html?x=1#y',
        file: 'content/m 1/page 1.html',
        warnings: [],
      });
    });

    it('treats an xml:base without a trailing slash as a folder, with a warning', () => {
      const resolved = resolveLaunchPath(['content'], 'index.html');
      expect(resolved).to.deep.include({ ok: true, url: 'content/index.html' });
      if (resolved.ok) expect(resolved.warnings[0]).to.match(/does not end with "\/"/);
    });

    it('normalizes harmless ".." that stays inside the package', () => {
      expect(resolveLaunchPath(['a/'], '../b/index.html')).to.deep.include({
        file: 'b/index.html',
      });
    });

    const refused: Array<[string[], string, RegExp]> = [
      [[], 'https://example.com/index.html', /absolute URL/],
      [['http://cdn.example.com/'], 'index.html', /absolute URL/],
      [[], 'javascript:alert(1)', /absolute URL/],
      [[], '/index.html', /must be relative/],
      [[], 'course\\index.html', /must be relative/],
      [[], '../outside.html', /not a file inside the package/],
      [['a/'], '../../outside.html', /not a file inside the package/],
      [[], '%2e%2e/outside.html', /not a file inside the package/],
      [[], 'folder/', /not a file inside the package/],
      [[], 'bad%zz.html', /malformed %-escape/],
    ];
    for (const [bases, href, reason] of refused) {
      it(`refuses ${JSON.stringify(bases)} + ${href}`, () => {
        const resolved = resolveLaunchPath(bases, href);
        expect(resolved.ok).to.equal(false);
        if (!resolved.ok) expect(resolved.reason).to.match(reason);
      });
    }
  });
});
