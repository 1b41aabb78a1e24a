/** `scorm-harness diff <a> <b>`: the API calls of two traces or logs, aligned side by side. */
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import type { DiffCommandOptions } from '../../replay/run-diff.ts';

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description(
      'align the API calls of two traces or logs; exit 0 same, 1 diverged, 2 could not run',
    )
    .argument('<a>', 'reference trace (.json/.jsonl) or LMS log')
    .argument('<b>', 'trace or log to compare with it')
    .option('--from <format>', 'log format of both files (default: detected)')
    .option('--context <calls>', 'matching calls shown around each difference', '2')
    .action(async (a: string, b: string, options: DiffCommandOptions) => {
      const { runDiff } = await import('../../replay/run-diff.ts');
      ctx.setExitCode(await runDiff(a, b, options, ctx));
    });
}
