/**
 * A harness of a describe block's own whose launches' pages the tests can read and drive
 * (ContentAccessDriver), on Chromium or jsdom; closed after the block.
 */
import { ContentAccessDriver } from '../../../harness/scenario/content-driver.ts';
import { ContentPage } from '../../../harness/scenario/content-page.ts';
import { startHarness, type Harness } from '../../../harness/session/harness.ts';
import type { Session } from '../../../harness/session/session.ts';
import { startDriver } from '../../../harness/suites/driver.ts';

export interface ContentAccess {
  harness(): Harness;
  /** The content's page of a launch of this harness. */
  page(session: Session): ContentPage;
}

export function contentAccessHarness(driverName: 'chromium' | 'jsdom'): ContentAccess {
  let driver: ContentAccessDriver | undefined;
  let harness: Harness | undefined;
  before(async () => {
    driver = new ContentAccessDriver(await startDriver({ driver: driverName }));
    harness = await startHarness({ driver });
  });
  after(async () => {
    await harness?.close();
  });
  return {
    harness: () => harness!,
    page: (session) => new ContentPage(driver!.sessionFor(session.onDriverEvent)!),
  };
}
