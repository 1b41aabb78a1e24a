/**
 * A BrowserDriver that hands every launch's DriverSession back to the scenario that started it,
 * so scenarios can read and drive the content's page (the session API keeps its driver private).
 * Launches are told apart by their `onEvent` callback, which is the Session's own bound handler.
 */
import type { BrowserDriver, DriverSession, DriverSessionOptions } from '../driver/driver.ts';

type EventSink = DriverSessionOptions['onEvent'];

export class ContentAccessDriver implements BrowserDriver {
  private readonly sessions = new WeakMap<EventSink, DriverSession>();

  constructor(private readonly inner: BrowserDriver) {}

  async openSession(options: DriverSessionOptions): Promise<DriverSession> {
    const session = await this.inner.openSession(options);
    this.sessions.set(options.onEvent, session);
    return session;
  }

  /** The browser session of the launch whose Session has this `onDriverEvent`. */
  sessionFor(onEvent: EventSink): DriverSession | undefined {
    return this.sessions.get(onEvent);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
