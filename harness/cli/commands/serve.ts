/**
 * `scorm-harness serve <package>`: the mock LMS for a person at a browser. Prints the URL of the
 * SCO list and serves until interrupted (Ctrl-C), on real time. Exit 0 after a clean stop, 2 when
 * it could not start (bad package, port in use).
 */
import type { Command } from 'commander';
import { EXIT_PASSED } from '../../results/exit-code.ts';
import type { CliContext } from '../context.ts';
import { HarnessError } from '../../errors.ts';

interface ServeFlags {
  port: string;
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `--port "${text}" is not a port number`,
      hint: 'use a number from 1 to 65535, or 0 for any free port',
    });
  return port;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve a package in the mock LMS for a person, with a live panel of API calls')
    .argument('<package>', 'package folder, .zip, or imsmanifest.xml')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', '0')
    .action(async (packagePath: string, flags: ServeFlags) => {
      const port = portOf(flags.port);
      const { loadPackage } = await import('../../package/index.ts');
      const { startServe } = await import('../../serve/server.ts');
      const pkg = await loadPackage(packagePath);
      const serve = await startServe({ pkg, port }).catch(async (error: unknown) => {
        await pkg.dispose();
        throw error;
      });
      ctx.stdout.write(
        `scorm-harness serve: ${pkg.organization.title}\n  open ${serve.url}\n  (Ctrl-C to stop)\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await serve.close();
      await pkg.dispose();
      ctx.setExitCode(EXIT_PASSED);
    });
}
