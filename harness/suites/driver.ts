/**
 * The browser a run uses: Chromium launched here (default), jsdom (fast, no layout, no popups), or
 * a remote Chrome at --browser-ws-endpoint. Only the chosen driver's library is loaded.
 */
import type { DriverName } from '../config/types.ts';
import type { BrowserDriver } from '../driver/driver.ts';
import { HarnessError } from '../errors.ts';

export interface DriverChoice {
  driver: DriverName;
  browserWsEndpoint?: string;
}

export async function startDriver(choice: DriverChoice): Promise<BrowserDriver> {
  if (choice.browserWsEndpoint !== undefined) {
    // puppeteer-driver.ts can only launch a browser so far; connecting needs its option (see README).
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      message: `--browser-ws-endpoint ${choice.browserWsEndpoint}: this build cannot connect to a remote Chrome yet`,
      hint: 'run without --browser-ws-endpoint (a local chromium is launched)',
    });
  }
  if (choice.driver === 'jsdom')
    return (await import('../driver/jsdom-driver.ts')).launchJsdomDriver();
  return (await import('../driver/puppeteer-driver.ts')).launchPuppeteerDriver();
}
