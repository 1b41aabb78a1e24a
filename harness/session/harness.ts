/**
 * The entry point for scenario scripts: one LMS and one browser per run, shared by every launch.
 *
 *   const harness = await startHarness();
 *   const session = await harness.launch({ package: await loadPackage('course.zip') });
 *   await session.waitForCall('LMSInitialize');
 *   await session.tick(60_000);
 *   const trace = await session.close();          // or crash(), or finish()
 *   const again = await harness.relaunch(session);  // resumes from what the LMS kept
 *   await harness.close();
 */
import type { Router } from 'express';
import { createRequire } from 'node:module';
import { DEFAULT_DIALOG_POLICY, type BrowserDriver } from '../driver/driver.ts';
import { launchPuppeteerDriver } from '../driver/puppeteer-driver.ts';
import { HarnessError } from '../errors.ts';
import { AttemptStore } from '../lms/attempt-store.ts';
import { answerOutside } from '../lms/outside-map.ts';
import type { PageOptions12, PageOptions2004 } from '../lms/page-protocol.ts';
import { LmsServer, type LmsServerOptions } from '../lms/server.ts';
import { isPopupLaunch } from '../trace/launch-mode.ts';
import { TraceRecorder } from '../trace/recorder.ts';
import type { TraceMeta } from '../trace/types.ts';
import {
  checkApiWindowDepth,
  checkUnloadHandlers,
  chooseSco,
  DEFAULT_CLOCK_START,
  DEFAULT_LEARNER,
  launchModeFor,
  manifestRuntimeOptions,
  resolveLmsProfile,
  type LaunchOptions,
} from './launch-options.ts';
import { Session } from './session.ts';

const { version: HARNESS_VERSION } = createRequire(import.meta.url)('../../package.json') as {
  version: string;
};
const BRIDGE = '__harnessBridge';
/**
 * Real time a closed window gets to report that its exit handlers ran. Chromium runs them after the
 * target is gone, and reports normally arrive within tens of ms; this only bounds a page that never
 * reports (a hung handler, a renderer killed mid-unload).
 */
const EXIT_GRACE_MS = 5000;
/** Real time a call into the page may take before the page counts as hung (see Session.watch). */
const HANG_MS = 30_000;

export interface HarnessOptions {
  lms?: LmsServerOptions;
  /** Mock backends mounted on the LMS origin; their requests are recorded as http events. */
  backends?: { prefix: string; router: Router }[];
  /** Default: Puppeteer on Debian's Chromium. */
  driver?: BrowserDriver;
  /** Real ms a call into a page may take before the content counts as hung; default 30 000. */
  hangTimeoutMs?: number;
}

export class Harness {
  readonly store = new AttemptStore();
  private launches = 0;
  private readonly options = new WeakMap<Session, LaunchOptions>();

  constructor(
    readonly lms: LmsServer,
    private readonly driver: BrowserDriver,
    private readonly hangMs = HANG_MS,
  ) {}

  async launch(options: LaunchOptions): Promise<Session> {
    const sco = chooseSco(options.package, options.sco);
    const lmsProfile = resolveLmsProfile(options.lmsProfile, options.package.version);
    const mode = launchModeFor(options.launchMode, lmsProfile);
    const depth = checkApiWindowDepth(options.apiWindowDepth, mode);
    // Absent at 0 in both the trace's meta and the page's config: the API on the top window.
    const apiWindow = depth > 0 ? { apiWindowDepth: depth } : {};
    const unloadHandlers = checkUnloadHandlers(options.unloadHandlers ?? 'run');
    const learner = options.learner ?? DEFAULT_LEARNER;
    const version = options.package.version;
    const key = { learnerId: learner.id, packageId: options.package.source, scoId: sco.identifier };
    const previous =
      options.previous === undefined || options.previous === 'store'
        ? this.store.get(key)
        : (options.previous ?? undefined);
    const meta: TraceMeta = {
      package: options.package.source,
      sco: sco.identifier,
      version,
      ...(options.package.edition ? { edition: options.package.edition } : {}),
      launchMode: mode,
      ...apiWindow,
      learner,
      profile: options.profile ?? lmsProfile?.name ?? 'spec',
      harnessVersion: HARNESS_VERSION,
      started: new Date(Date.now()).toISOString(),
    };
    const recorder = new TraceRecorder(meta, options.tracePath);
    const id = `s${++this.launches}`;
    const runtime = {
      ...manifestRuntimeOptions(sco),
      learnerId: learner.id,
      learnerName: learner.name,
      ...(previous ? { resume: previous } : {}),
      ...options.runtime,
    };
    const edition = options.package.edition ? { edition: options.package.edition } : {};
    const dialogs = { ...DEFAULT_DIALOG_POLICY, ...options.dialogs };
    const session = new Session({
      recorder,
      store: this.store,
      key,
      version,
      contentWindow: isPopupLaunch(mode) ? 'popup' : 'main',
      bodyLimit: 4096,
      dialogs,
      leaveUrl: this.lms.leaveUrl,
      exitGraceMs: EXIT_GRACE_MS,
      hangMs: this.hangMs,
      httpTarget: (url) => this.lms.targetOf(url),
      release: () => this.lms.removeSession(id),
    });
    this.options.set(session, options);
    const lmsUrl = this.lms.addSession({
      id,
      root: options.package.root,
      launchUrl: sco.launchUrl,
      title: sco.title,
      config: {
        apis: options.apis === 'both' ? ['1.2', '2004'] : [version],
        ...(version === '1.2'
          ? { options12: runtime as PageOptions12 }
          : { options2004: { ...(runtime as PageOptions2004), ...edition } }),
        ...(options.apis === 'both' && version === '1.2'
          ? { options2004: { learnerId: learner.id } }
          : {}),
        ...(options.apis === 'both' && version === '2004'
          ? { options12: { learnerId: learner.id } }
          : {}),
        mode,
        ...apiWindow,
        bridgeName: BRIDGE,
        holdContent: true,
        ...(lmsProfile ? { profile: lmsProfile } : {}),
      },
      unloadHandlers,
      onHttp: session.onHttp,
      onBridge: session.onBridge,
    });
    session.record({
      type: 'lifecycle',
      t: 0,
      what: previous ? 'relaunch' : 'launch',
      url: lmsUrl,
      detail: previous ? `resuming after exit "${previous.exit}"` : 'first launch',
    });
    const outside = options.outside ?? [];
    try {
      const driver = await this.driver.openSession({
        lmsOrigin: this.lms.origin,
        leaveUrl: this.lms.leaveUrl,
        idleUrl: this.lms.idleUrl,
        clockStart: options.clockStart ?? DEFAULT_CLOCK_START,
        dialogs,
        answerOutside: (_method, url) => answerOutside(outside, url),
        bridgeName: BRIDGE,
        onEvent: session.onDriverEvent,
      });
      session.attach(driver);
      await session.watch('loading the LMS page and the content', driver.goto(lmsUrl));
      if (isPopupLaunch(mode)) {
        await session.watch(
          'opening the content popup',
          driver.openPopup('window.__harnessLaunchButton().click()'),
        );
      }
    } catch (cause) {
      await session.end('harness-error');
      if (cause instanceof HarnessError) throw cause;
      throw new HarnessError(
        {
          code: 'BROWSER_FAILED',
          message: `the launch of ${sco.identifier} failed: ${(cause as Error).message}`,
          hint: 'the trace so far was kept; check that chromium runs and the LMS port is reachable',
        },
        { cause },
      );
    }
    return session;
  }

  /** Launches the same SCO for the same learner again; the LMS hands it what it kept. */
  async relaunch(previous: Session, overrides: Partial<LaunchOptions> = {}): Promise<Session> {
    const options = this.options.get(previous);
    if (!options) throw new Error('that session was not launched by this harness');
    // A relaunch takes what the store kept and never overwrites the first launch's trace file.
    const rest: LaunchOptions = { ...options };
    delete rest.tracePath;
    delete rest.previous;
    return this.launch({ ...rest, ...overrides });
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.lms.close();
  }
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const lms = await LmsServer.start(options.lms);
  for (const backend of options.backends ?? []) lms.mountBackend(backend.prefix, backend.router);
  try {
    const driver = options.driver ?? (await launchPuppeteerDriver());
    return new Harness(lms, driver, options.hangTimeoutMs);
  } catch (error) {
    await lms.close();
    throw error;
  }
}
