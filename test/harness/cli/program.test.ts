import { expect } from 'chai';
import { Writable } from 'node:stream';
import { runCli } from '../../../harness/cli/program.ts';
import { describeFailure } from '../../../harness/cli/failure.ts';
import { HarnessError } from '../../../harness/errors.ts';

function capture(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function run(...argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, { stdout, stderr, env: { CI: 'true' } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('the scorm-harness program', () => {
  it('prints its version and exits 0', async () => {
    const { code, stdout } = await run('--version');
    expect(code).to.equal(0);
    expect(stdout.trim()).to.match(/^\d+\.\d+\.\d+/);
  });

  it('lists the launch command in --help and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).to.equal(0);
    expect(stdout).to.match(/launch \[options\] <package>/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('launch')).code).to.equal(2);
    expect((await run('no-such-command')).code).to.equal(2);
    expect((await run('launch', 'x', '--no-such-option')).code).to.equal(2);
  });

  it('exits 2 for bad options before touching a browser', async () => {
    const bad: [string[], RegExp][] = [
      [['--driver', 'firefox'], /unknown --driver "firefox"/],
      [['--driver', 'jsdom', '--mode', 'popup'], /jsdom driver cannot open popup windows/],
      [['--driver', 'jsdom', '--mode', 'popup:2'], /jsdom driver cannot open popup windows/],
      [['--mode', 'sideways'], /unknown launch mode "sideways"/],
      [['--api-window-depth', 'one'], /--api-window-depth "one" is not a frame count/],
      [
        ['--api-window-depth', '1', '--mode', 'popup'],
        /--api-window-depth 1 cannot go with launch mode "popup"/,
      ],
      [['--advance', 'soon'], /--advance "soon" is not a duration/],
      [['--out', '/no/such/folder/t.json'], /--out names a file in a folder that does not exist/],
    ];
    for (const [options, message] of bad) {
      const { code, stderr } = await run('launch', 'course', ...options);
      expect(code).to.equal(2);
      expect(stderr).to.match(message);
    }
  });

  it('prints a HarnessError as file, problem and fix; anything else as a harness bug', () => {
    const known = new HarnessError({
      code: 'PACKAGE_NOT_FOUND',
      file: 'c.zip',
      message: 'does not exist',
      hint: 'check the path',
    });
    expect(describeFailure(known, false)).to.equal(
      'error PACKAGE_NOT_FOUND: c.zip: does not exist\n  fix: check the path',
    );
    const bug = new TypeError('x is undefined');
    expect(describeFailure(bug, false))
      .to.match(/this is a harness bug/)
      .and.not.match(/\n\s+at /);
    expect(describeFailure(bug, true)).to.match(/TypeError: x is undefined\n\s+at /);
  });
});
