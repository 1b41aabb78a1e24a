/**
 * `scorm-harness replay <trace-or-log> --package <pkg>`: rerun a package in an LMS that answers
 * like the customer's did, and show where the calls diverge.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import type { ReplayCommandOptions } from '../../replay/run-replay.ts';

export function registerReplay(program: Command, ctx: CliContext): void {
  program
    .command('replay')
    .description(
      "derive the customer LMS's profile from a trace or log, rerun the package with it, diff the calls",
    )
    .argument('<trace-or-log>', 'the customer trace (.json/.jsonl) or LMS log')
    .option(
      '--package <pkg>',
      'package folder, .zip or imsmanifest.xml (without it: print the profile)',
    )
    .option('--diff', 'print the calls side by side, first divergence highlighted')
    .option('--from <format>', 'log format (default: detected)')
    .option('--sco <id>', "item identifier of the SCO (default: the package's first)")
    .option('--driver <driver>', 'chromium | jsdom', 'chromium')
    .option(
      '--advance <duration>',
      'virtual time to let the SCO run (default: as long as the customer run)',
    )
    .option('--out <file>', "write the new run's trace here")
    .option('--profile-out <file>', 'write the derived LMS profile here')
    .action(async (source: string, options: ReplayCommandOptions) => {
      const { runReplay } = await import('../../replay/run-replay.ts');
      ctx.setExitCode(await runReplay(source, options, ctx));
    });
}
