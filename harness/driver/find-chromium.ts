/** Finds the browser: PUPPETEER_EXECUTABLE_PATH when set, else Debian's chromium. Never downloads one. */
import { accessSync, constants } from 'node:fs';
import { HarnessError } from '../errors.ts';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PUPPETEER_EXECUTABLE_PATH;
  if (override) {
    if (isExecutable(override)) return override;
    throw new HarnessError({
      code: 'BROWSER_MISSING',
      file: override,
      message: 'PUPPETEER_EXECUTABLE_PATH does not name an executable file',
      hint: "point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium",
    });
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new HarnessError({
    code: 'BROWSER_MISSING',
    file: DEBIAN_CHROMIUM,
    message: 'chromium is not installed',
    hint: "run 'apt-get install chromium' (or 'bash scripts/ensure-deps.sh'), or set PUPPETEER_EXECUTABLE_PATH",
  });
}
