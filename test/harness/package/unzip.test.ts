import { expect } from 'chai';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HarnessError } from '../../../harness/errors.ts';
import { DEFAULT_UNZIP_LIMITS, unzipTo } from '../../../harness/package/unzip.ts';
import type { UnzipLimits } from '../../../harness/package/types.ts';
import { scratch, writeZip } from './fixtures.ts';
import type { ZipEntrySpec } from './zip-writer.ts';

const KiB = 1024;

/** Extracts a generated zip into <scratch>/target and returns what happened. */
async function extract(
  dir: string,
  entries: ZipEntrySpec[],
  limits: Partial<UnzipLimits> = {},
): Promise<{ error?: HarnessError; target: string; zip: string }> {
  const zip = await writeZip(join(dir, 'package.zip'), entries);
  const target = join(dir, 'target');
  await mkdir(target);
  try {
    await unzipTo(zip, target, { ...DEFAULT_UNZIP_LIMITS, ...limits });
    return { target, zip };
  } catch (error) {
    expect(error).to.be.instanceOf(HarnessError);
    return { error: error as HarnessError, target, zip };
  }
}

describe('package/unzip', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await scratch()));
  afterEach(() => cleanup());

  it('extracts files, folders and UTF-8 names (stored and deflated)', async () => {
    const { error, target } = await extract(dir, [
      { name: 'course/' },
      { name: 'imsmanifest.xml', data: '<manifest/>', method: 'store' },
      { name: 'course/été.html', data: 'bonjour' },
      { name: 'deep/er/page.html', data: 'x'.repeat(10 * KiB) },
    ]);
    expect(error).to.equal(undefined);
    expect(await readFile(join(target, 'imsmanifest.xml'), 'utf8')).to.equal('<manifest/>');
    expect(await readFile(join(target, 'course', 'été.html'), 'utf8')).to.equal('bonjour');
    expect((await stat(join(target, 'deep', 'er', 'page.html'))).size).to.equal(10 * KiB);
  });

  const hostile: Array<[string, ZipEntrySpec, RegExp]> = [
    [
      'a "../" entry',
      { name: '../evil.html', data: 'x' },
      /"\.\.\/evil\.html" contains a "\.\." path segment/,
    ],
    [
      'a nested ".." entry',
      { name: 'a/../../evil.html', data: 'x' },
      /contains a "\.\." path segment/,
    ],
    ['an absolute path', { name: '/tmp/evil.html', data: 'x' }, /is an absolute path/],
    ['a Windows drive letter', { name: 'C:/evil.html', data: 'x' }, /absolute Windows path/],
    ['a Windows backslash path', { name: '..\\evil.html', data: 'x' }, /backslash/],
    [
      'a symbolic link',
      { name: 'link', data: '../../etc/passwd', unixMode: 0o120777 },
      /"link" is a symbolic link/,
    ],
    ['a FIFO', { name: 'pipe', unixMode: 0o010644 }, /special file/],
  ];
  for (const [what, entry, message] of hostile) {
    it(`refuses ${what}, naming the zip and the entry, and writes nothing outside`, async () => {
      const { error, target, zip } = await extract(dir, [
        { name: 'imsmanifest.xml', data: '<manifest/>' },
        entry,
      ]);
      expect(error?.code).to.equal('PACKAGE_UNSAFE');
      expect(error?.file).to.equal(zip);
      expect(error?.message).to.match(message);
      expect(error?.hint).to.be.a('string').and.not.equal('');
      expect((await readdir(dir)).sort()).to.deep.equal(['package.zip', 'target']);
      expect(await readdir(target)).to.deep.equal(['imsmanifest.xml']);
    });
  }

  it('accepts regular files and folders marked as made by Unix', async () => {
    const { error, target } = await extract(dir, [
      { name: 'dir/', unixMode: 0o040755 },
      { name: 'dir/run.html', data: 'x', unixMode: 0o100644 },
    ]);
    expect(error).to.equal(undefined);
    expect(await readdir(join(target, 'dir'))).to.deep.equal(['run.html']);
  });

  it('stops a bomb whose header under-declares its size while streaming', async () => {
    const bomb = Buffer.alloc(8 * 1024 * KiB); // deflates to a few KiB
    const { error, target } = await extract(
      dir,
      [{ name: 'bomb.bin', data: bomb, declaredSize: 100 }],
      { maxFileBytes: 1024 * KiB },
    );
    expect(error?.code).to.be.oneOf(['PACKAGE_UNSAFE', 'PACKAGE_TOO_LARGE']);
    expect(error?.message).to.match(/"bomb\.bin" does not match the size its header declares/);
    const written = await stat(join(target, 'bomb.bin')).catch(() => undefined);
    expect(written?.size ?? 0).to.be.at.most(1024 * KiB);
  });

  it('refuses an entry whose declared size exceeds the per-file limit before inflating it', async () => {
    const { error, target } = await extract(
      dir,
      [{ name: 'video.mp4', data: Buffer.alloc(300 * KiB) }],
      { maxFileBytes: 200 * KiB },
    );
    expect(error?.code).to.equal('PACKAGE_TOO_LARGE');
    expect(error?.message).to.match(/"video\.mp4" declares 307200 bytes/);
    expect(error?.hint).to.include('maxFileBytes');
    expect(await readdir(target)).to.deep.equal([]);
  });

  it('counts real bytes against the total limit and stops mid-stream', async () => {
    const limit = 1024 * KiB;
    const { error, target } = await extract(
      dir,
      [1, 2, 3].map((n) => ({ name: `part${n}.bin`, data: Buffer.alloc(400 * KiB, n) })),
      { maxTotalBytes: limit },
    );
    expect(error?.code).to.equal('PACKAGE_TOO_LARGE');
    expect(error?.message).to.match(/"part3\.bin" takes the package past 1048576 bytes/);
    let total = 0;
    for (const name of await readdir(target)) total += (await stat(join(target, name))).size;
    expect(total).to.be.at.most(limit);
  });

  it('refuses more entries than the limit before extracting any', async () => {
    const entries = Array.from({ length: 6 }, (_, n) => ({ name: `f${n}.txt`, data: 'x' }));
    const { error, target } = await extract(dir, entries, { maxEntries: 5 });
    expect(error?.code).to.equal('PACKAGE_TOO_LARGE');
    expect(error?.message).to.match(/holds 6 entries, more than the limit of 5/);
    expect(error?.hint).to.include('maxEntries');
    expect(await readdir(target)).to.deep.equal([]);
  });

  it('refuses a duplicate entry instead of overwriting the first', async () => {
    const { error } = await extract(dir, [
      { name: 'index.html', data: 'first' },
      { name: 'index.html', data: 'second' },
    ]);
    expect(error?.code).to.equal('PACKAGE_UNSAFE');
    expect(error?.message).to.match(/"index\.html" could not be extracted/);
  });

  it('refuses an entry below a path that an earlier entry made a file', async () => {
    const { error } = await extract(dir, [
      { name: 'page', data: 'a file' },
      { name: 'page/index.html', data: 'x' },
    ]);
    expect(error?.code).to.equal('PACKAGE_UNSAFE');
    expect(error?.message).to.match(/"page\/index\.html" could not be extracted/);
  });

  it('says a damaged file is not a readable zip', async () => {
    const zip = await writeZip(join(dir, 'ok.zip'), [{ name: 'a.txt', data: 'a' }]);
    const broken = join(dir, 'broken.zip');
    await writeFile(broken, (await readFile(zip)).subarray(0, 40)); // truncated: no directory
    const target = join(dir, 'target');
    await mkdir(target);
    const error = await unzipTo(broken, target, DEFAULT_UNZIP_LIMITS).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HarnessError);
    expect((error as HarnessError).code).to.equal('PACKAGE_NOT_FOUND');
    expect((error as HarnessError).message).to.match(/is not a readable zip archive/);
  });
});
