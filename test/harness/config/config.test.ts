import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCH_PATHS } from '../../../harness/backends/sch/index.ts';
import { loadConfig } from '../../../harness/config/load.ts';
import { DEFAULT_SCENARIOS, resolveRunSettings } from '../../../harness/config/settings.ts';
import { parseConfig } from '../../../harness/config/validate.ts';
import { HarnessError } from '../../../harness/errors.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(HarnessError);
    expect((error as HarnessError).code).to.equal('CONFIG_INVALID');
    return (error as HarnessError).message;
  }
  throw new Error('expected a HarnessError');
}

describe('config: schema messages name the key at fault', () => {
  const cases: [unknown, string][] = [
    [
      { reporters: ['console', 'xml'] },
      'config.reporters[1]: must be one of console, json, junit, html',
    ],
    [{ suite: 'gate' }, 'config.suite: must be one of bridge, lint'],
    [{ scorm: 1.2 }, 'config.scorm: must be one of 1.2, 2004'],
    [{ workers: 0 }, 'config.workers: must be >= 1'],
    [{ workers: '2' }, 'config.workers: must be integer'],
    [{ shard: '1of2' }, 'config.shard: must look like I/N, e.g. 1/2'],
    [{ browserWsEndpoint: 'http://x' }, 'config.browserWsEndpoint: must be a ws:// or wss:// URL'],
    [{ advance: 'soon' }, 'config.advance: must be a duration like 90s, 5m, 1h30m or 250ms'],
    [{ reporter: ['json'] }, 'config.reporter: is not a known key'],
    [{ reporters: ['json', 'json'] }, 'config.reporters: names the same reporter twice'],
    [
      { backendPaths: { beat: '/v2/beat' } },
      'config.backendPaths.beat: is not a known key (known: heartbeat, sessions, session, progress, bookmark, completeChallenge)',
    ],
    [
      { backendPaths: { heartbeat: 'v2/beat' } },
      'config.backendPaths.heartbeat: must be a path starting with /',
    ],
    [[], 'config: must be object'],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)} → ${expected}`, () => {
      expect(messageOf(() => parseConfig(value, 'x.json'))).to.include(expected);
    });
  }

  it('accepts every key at once', () => {
    const config = {
      suite: 'lint',
      scorm: '2004',
      grep: 'score',
      reporters: ['console', 'json', 'junit', 'html'],
      out: 'reports',
      shard: '2/3',
      workers: 3,
      driver: 'jsdom',
      browserWsEndpoint: 'ws://127.0.0.1:9222/devtools/browser/x',
      lmsProfile: 'moodle-1.2',
      scenarios: 'gate/index.ts',
      expectations: 'expectations.json',
      advance: '1m30s',
      timeout: '90000',
      backendPaths: { heartbeat: '/v2/beat', session: '/v2/session/:sid' },
    };
    expect(parseConfig(config)).to.deep.equal(config);
  });

  it('knows the endpoints the mock SecureCodingHub backend has, no more, no fewer', () => {
    const known = messageOf(() => parseConfig({ backendPaths: { x: '/' } }))
      .split('(known: ')[1]
      ?.split(')')[0]
      ?.split(', ');
    expect(known).to.have.members(Object.keys(DEFAULT_SCH_PATHS));
  });

  it('names the flag for command-line mistakes', () => {
    expect(
      messageOf(() => parseConfig({ reporters: ['console', 'pdf'] }, undefined, 'flags')),
    ).to.include('--reporter[1]: must be one of console, json, junit, html');
  });
});

describe('config: loading and merging with flags', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sh-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a file and without flags: the defaults', async () => {
    const settings = resolveRunSettings({}, await loadConfig(undefined, dir), dir);
    expect(settings).to.deep.equal({
      reporters: ['console', 'json'],
      out: join(dir, 'out'),
      workers: 2,
      driver: 'chromium',
      scenarios: DEFAULT_SCENARIOS,
      advanceMs: 30_000,
      timeoutMs: 120_000,
    });
  });

  it('reads scorm-harness.config.json from the working folder; flags win', async () => {
    writeFileSync(
      join(dir, 'scorm-harness.config.json'),
      JSON.stringify({
        reporters: ['junit'],
        out: 'r',
        workers: 4,
        shard: '1/2',
        grep: 'a',
        backendPaths: { heartbeat: '/v2/beat' },
      }),
    );
    const loaded = await loadConfig(undefined, dir);
    expect(loaded.file).to.equal(join(dir, 'scorm-harness.config.json'));
    const settings = resolveRunSettings(
      { reporter: 'json,html', workers: '1', shard: '2/2' },
      loaded,
      '/elsewhere',
    );
    expect(settings.reporters).to.deep.equal(['json', 'html']);
    expect(settings.workers).to.equal(1);
    expect(settings.shard).to.deep.equal({ index: 2, total: 2 });
    // A path from the file is relative to the file's folder, not to the working folder.
    expect(settings.out).to.equal(join(dir, 'r'));
    expect(settings.grep?.test('A')).to.equal(true);
    expect(settings.backendPaths).to.deep.equal({ heartbeat: '/v2/beat' });
  });

  it('refuses backend paths that lack the parameters their endpoint reads, naming the file', async () => {
    const file = join(dir, 'paths.json');
    writeFileSync(file, JSON.stringify({ backendPaths: { session: '/v2/session' } }));
    const loaded = await loadConfig(file, dir);
    const message = messageOf(() => resolveRunSettings({}, loaded, dir));
    expect(message).to.include('config.backendPaths: session: /v2/session lacks :sid');
  });

  it('loads a TypeScript config module through its default export', async () => {
    const file = join(dir, 'harness.config.ts');
    writeFileSync(
      file,
      "const config: { suite: string; workers: number } = { suite: 'lint', workers: 3 };\nexport default config;\n",
    );
    const loaded = await loadConfig(file, '/');
    expect(loaded.config).to.deep.equal({ suite: 'lint', workers: 3 });
  });

  const failures: [string, string, string][] = [
    ['bad.json', '{"reporters": ["console", "xml"]}', 'config.reporters[1]: must be one of'],
    ['broken.json', '{"suite": ', 'the config file is not JSON'],
    ['nodefault.mjs', 'export const suite = "lint";\n', 'has no default export'],
    ['throws.mjs', 'throw new Error("boom");\n', 'the config module failed to load: boom'],
  ];
  for (const [name, text, expected] of failures) {
    it(`${name}: ${expected}`, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const error = await loadConfig(file, dir).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(HarnessError);
      expect((error as HarnessError).message).to.include(expected);
      expect((error as HarnessError).file).to.equal(file);
    });
  }

  it('a missing --config file is an error, a missing default file is not', async () => {
    const error = await loadConfig('nope.json', dir).catch((e: unknown) => e);
    expect((error as HarnessError).message).to.include('does not exist');
  });

  const flagErrors: [Record<string, string>, string][] = [
    [{ shard: '3/2' }, '--shard: part 3 of 2 does not exist'],
    [{ grep: '(' }, '--grep: not a regular expression'],
    [{ workers: 'many' }, '--workers: must be integer'],
    [{ advance: 'later' }, '--advance: must be a duration'],
  ];
  for (const [flags, expected] of flagErrors) {
    it(`${JSON.stringify(flags)} → ${expected}`, async () => {
      const loaded = await loadConfig(undefined, dir);
      expect(messageOf(() => resolveRunSettings(flags, loaded, dir))).to.include(expected);
    });
  }
});
