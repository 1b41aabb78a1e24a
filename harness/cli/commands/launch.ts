/**
 * `scorm-harness launch <package>`: launches one SCO in the mock LMS, lets it run for a span of
 * virtual time, closes the window as a learner would, writes the trace and prints a summary.
 * Launching records; it judges nothing, so it exits 0 whenever the launch ran, and 2 when it could
 * not (content that hung, a browser that died: the trace up to then is written all the same).
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import type { LaunchCommandOptions } from '../launch/run.ts';

export function registerLaunch(program: Command, ctx: CliContext): void {
  program
    .command('launch')
    .description('launch one SCO in the mock LMS, record every API call, write the trace')
    .argument('<package>', 'package folder, .zip, or imsmanifest.xml')
    .option('--sco <id>', "item identifier of the SCO to launch (default: the package's first)")
    .option('--mode <mode>', 'frameset | nested:N | popup | popup:N (default: frameset)')
    .option(
      '--api-window-depth <N>',
      'put the API on a frame N levels below the top window, as an LMS inside a portal (default 0)',
    )
    .option('--driver <driver>', 'chromium | jsdom', 'chromium')
    .option('--lms-profile <name|file>', 'answer like this LMS: a built-in profile or a JSON file')
    .option('--advance <duration>', 'virtual time to let the SCO run (90s, 5m, 1h30m, ms)', '5s')
    .option('--out <file>', 'trace file (.json, or .jsonl for JSON Lines)', 'trace.json')
    .option('--browser-ws-endpoint <url>', 'connect to a running Chrome instead of launching one')
    .option(
      '--hang-timeout <duration>',
      'real time the page may go without answering before the content counts as hung (default 30s)',
    )
    .action(async (packagePath: string, options: LaunchCommandOptions) => {
      // Loaded on use: --help and --version need neither a browser library nor jsdom.
      const { runLaunch } = await import('../launch/run.ts');
      ctx.setExitCode(await runLaunch(packagePath, options, ctx));
    });
}
