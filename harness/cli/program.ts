/**
 * The scorm-harness command line: one program, each command in its own module under commands/.
 * A command reports its exit code through the context; this module maps everything that goes wrong
 * to exit 2 (usage errors included) and leaves --help and --version at 0.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_HARNESS_FAILED, EXIT_PASSED, type ExitCode } from '../results/exit-code.ts';
import { registerDiff } from './commands/diff.ts';
import { registerLaunch } from './commands/launch.ts';
import { registerLint } from './commands/lint.ts';
import { registerReplay } from './commands/replay.ts';
import { registerRun } from './commands/run.ts';
import { registerServe } from './commands/serve.ts';
import type { CliContext } from './context.ts';
import { reportFailure } from './failure.ts';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function runCli(
  argv: readonly string[],
  io: Omit<CliContext, 'setExitCode'>,
): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_PASSED;
  const ctx: CliContext = { ...io, setExitCode: (code) => void (exitCode = code) };
  const program = new Command('scorm-harness')
    .description('mock LMS and SCORM conformance harness')
    .version(version)
    .option('--debug', 'print stack traces of unexpected errors')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });
  registerLaunch(program, ctx);
  registerReplay(program, ctx);
  registerDiff(program, ctx);
  registerLint(program, ctx);
  registerRun(program, ctx);
  registerServe(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message; help and version are successes.
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return ok.includes(error.code) ? EXIT_PASSED : EXIT_HARNESS_FAILED;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true || argv.includes('--debug');
    return reportFailure(error, debug, io.stderr);
  }
}
