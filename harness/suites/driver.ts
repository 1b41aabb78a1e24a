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
    if (choice.driver === 'jsdom') {
      throw new HarnessError({
        code: 'CONFIG_INVALID',
        message: `--browser-ws-endpoint ${choice.browserWsEndpoint} names a Chrome, but the driver is jsdom`,
        hint: 'drop --browser-ws-endpoint, or use --driver chromium',
      });
    }
    const { connectPuppeteerDriver } = await import('../driver/puppeteer-driver.ts');
    return connectPuppeteerDriver(choice.browserWsEndpoint);
  }
  if (choice.driver === 'jsdom')
    return (await import('../driver/jsdom-driver.ts')).launchJsdomDriver();
  return (await import('../driver/puppeteer-driver.ts')).launchPuppeteerDriver();
}
