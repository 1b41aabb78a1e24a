import { expect } from 'chai';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveContentFile } from '../../../harness/lms/content-files.ts';
import { answerOutside } from '../../../harness/lms/outside-map.ts';
import { LmsServer } from '../../../harness/lms/server.ts';
import { HarnessError } from '../../../harness/errors.ts';

describe('LMS file serving', () => {
  let dir: string;
  let pkg: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lms-'));
    pkg = join(dir, 'pkg');
    mkdirSync(join(pkg, 'a b'), { recursive: true });
    writeFileSync(join(pkg, 'index.html'), '<p>hi</p>');
    writeFileSync(join(pkg, 'a b', 'c.js'), '1');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    symlinkSync(join(dir, 'secret.txt'), join(pkg, 'link.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, boolean][] = [
    ['/index.html', true],
    ['/a%20b/c.js', true],
    ['/../secret.txt', false],
    ['/%2e%2e/secret.txt', false],
    ['/link.txt', false],
    ['/a%20b', false],
    ['/missing.html', false],
  ];
  for (const [path, served] of cases) {
    it(`${served ? 'serves' : 'refuses'} ${path}`, () => {
      expect(resolveContentFile(pkg, path) !== undefined).to.equal(served);
    });
  }

  it('answers mapped outside URLs from a folder, 404s unknown files there, blocks the rest', () => {
    const mappings = [{ prefix: 'https://cdn.example.com/', path: pkg }];
    const hit = answerOutside(mappings, 'https://cdn.example.com/index.html?v=2');
    expect(hit).to.include({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(answerOutside(mappings, 'https://cdn.example.com/../secret.txt')?.status).to.equal(404);
    expect(answerOutside(mappings, 'https://other.example.com/x.js')).to.equal(null);
  });

  it('says PORT_IN_USE when the asked port is taken', async () => {
    const first = await LmsServer.start();
    try {
      await LmsServer.start({ port: first.port });
      expect.fail('started twice on one port');
    } catch (e) {
      expect((e as HarnessError).code).to.equal('PORT_IN_USE');
    } finally {
      await first.close();
    }
  });
});
