/**
 * `scorm-harness run <package...>`: the CI gate and the local loop. Runs the bridge scenario gate
 * or the lint suite against one or more packages (one build per SCORM version for the gate),
 * writes traces and reports under --out, and exits 0 all passed, 1 the content failed a check,
 * 2 the harness could not run. Settings come from --config (or scorm-harness.config.json), and
 * every flag overrides the file.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import type { RunCommandFlags } from '../../suites/run.ts';

export function registerRun(program: Command, ctx: CliContext): void {
  program
    .command('run')
    .description('run the bridge gate or the lint suite on packages; write traces and reports')
    .argument('<package...>', 'package folders, .zip files or imsmanifest.xml (one per version)')
    .option('--suite <suite>', 'bridge | lint (default: bridge for a bridge build, else lint)')
    .option('--scorm <version>', 'run only this SCORM version: 1.2 | 2004')
    .option('--grep <pattern>', 'only scenarios (or SCOs) whose id or title matches')
    .option('--reporter <list>', 'console,json,junit,html (default console,json)')
    .option('--out <dir>', 'folder for traces and reports (default out)')
    .option('--shard <i/n>', 'run part I of N (stable hash of scenario ids)')
    .option('--workers <n>', 'launches in flight at once (default 2)')
    .option('--driver <driver>', 'chromium | jsdom (default chromium)')
    .option('--browser-ws-endpoint <url>', 'connect to a remote Chrome instead of launching one')
    .option('--lms-profile <name|file>', 'LMS profile by built-in name or file')
    .option('--advance <duration>', 'lint suite: virtual time each SCO runs (default 30s)')
    .option('--timeout <duration>', 'real-time limit per scenario or SCO (default 2m)')
    .option('--config <file>', 'configuration file (.json, .ts, .mjs)')
    .action(async (packages: string[], flags: RunCommandFlags) => {
      // Loaded on use: --help needs neither a browser library nor the reporters.
      const { runCommand } = await import('../../suites/run.ts');
      ctx.setExitCode(await runCommand(packages, flags, ctx));
    });
}
