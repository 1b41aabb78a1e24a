/**
 * The SecureCodingHub bridge as a scenario drives it: a mock backend for the scenario (a bundled
 * fixture or one written inline), launches that point the bridge at it with the `schBackend`
 * launch parameter, and the page contract of examples/sch-bridge/README.md ("Page contract") to
 * act as the learner and read what the page shows.
 */
import { fileURLToPath } from 'node:url';
import {
  createSchBackend,
  loadSchFixture,
  schPathProblems,
  type SchBackend,
  type SchBackendPaths,
  type SchBookmark,
  type SchEndpoint,
  type SchFixture,
} from '../../harness/backends/sch/index.ts';
import type {
  ScenarioContext,
  ScenarioLaunch,
  ScenarioLaunchOptions,
} from '../../harness/scenario/context.ts';
import type { ContentPage } from '../../harness/scenario/content-page.ts';
import type { Session } from '../../harness/session/session.ts';
import type { ScormVersion, Trace } from '../../harness/trace/types.ts';
import { NAMES, type VersionNames } from './elements.ts';

export type FixtureName =
  | 'fresh-learner'
  | 'mandatory-finished'
  | 'no-mandatory-below-pass'
  | 'over-cap'
  | 'resume-mid-challenge';

function fixtureFile(name: FixtureName): string {
  return fileURLToPath(
    new URL(`../../harness/backends/sch/fixtures/${name}.json`, import.meta.url),
  );
}

/** A target's backend paths, checked against the endpoints the mock SecureCodingHub backend has. */
function schPaths(paths: Readonly<Record<string, string>> | undefined): Partial<SchBackendPaths> {
  const problems = schPathProblems(paths ?? {});
  if (problems.length > 0) {
    throw new Error(`the target's backendPaths cannot be served: ${problems.join('; ')}`);
  }
  return { ...paths };
}

export type BridgeLaunchOptions = Omit<ScenarioLaunchOptions, 'query'> & {
  /** Extra launch parameters, e.g. `sid=...`. */
  query?: string;
};

/** One scenario's bridge: its backend, and every launch it made. */
export class BridgeUnderTest {
  readonly backend: SchBackend;
  private readonly prefix: string;

  constructor(
    private readonly ctx: ScenarioContext,
    fixture: FixtureName | SchFixture,
  ) {
    this.backend = createSchBackend(
      typeof fixture === 'string' ? loadSchFixture(fixtureFile(fixture)) : fixture,
      { paths: schPaths(ctx.target.backendPaths) },
    );
    this.prefix = ctx.mountBackend(this.backend);
  }

  get names(): VersionNames {
    return NAMES[this.ctx.version];
  }

  /**
   * Matches the path of a request to one of the backend's endpoints (the build's own paths), with
   * the given parameters (`{ sid }`) or any value for those not given; like Express, in any case
   * and with or without a trailing slash.
   */
  endpoint(name: SchEndpoint, params: Readonly<Record<string, string>> = {}): RegExp {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = this.backend.paths[name]
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return escape(part);
        const value = params[part.slice(1)];
        return value === undefined ? '[^/]+' : escape(encodeURIComponent(value));
      })
      .join('/');
    return new RegExp(`${pattern}/?$`, 'i');
  }

  /**
   * The API the build talks to when the LMS offers `apis`: its own version's, except that an auto
   * build prefers API_1484_11 when both objects are there (scorm-runtime.md#api-discovery).
   */
  apiVersion(apis: BridgeLaunchOptions['apis'] = 'sco'): ScormVersion {
    return apis === 'both' && this.ctx.target.discovery === 'auto' ? '2004' : this.ctx.version;
  }

  private query(extra: string | undefined): string {
    return [`schBackend=${encodeURIComponent(this.prefix)}`, extra].filter(Boolean).join('&');
  }

  /** Launches and waits until the bridge has opened its session and settled. */
  async launch(options: BridgeLaunchOptions = {}): Promise<BridgeLaunch> {
    const launch = await this.launchUnsettled(options);
    await launch.ready();
    return launch;
  }

  /**
   * Launches without waiting for the bridge to start: for a scenario that holds back a reply the
   * start needs (ready() would wait for it).
   */
  async launchUnsettled(options: BridgeLaunchOptions = {}): Promise<BridgeLaunch> {
    const launched = await this.ctx.launch({ ...options, query: this.query(options.query) });
    return new BridgeLaunch(launched, NAMES[this.apiVersion(options.apis)]);
  }

  async relaunch(
    previous: BridgeLaunch,
    overrides: BridgeLaunchOptions = {},
  ): Promise<BridgeLaunch> {
    const query = overrides.query === undefined ? {} : { query: this.query(overrides.query) };
    const launched = await this.ctx.relaunch(previous.session, { ...overrides, ...query });
    // A relaunch keeps the previous launch's API objects unless told otherwise.
    const names =
      overrides.apis === undefined ? previous.names : NAMES[this.apiVersion(overrides.apis)];
    return this.settled(launched, names);
  }

  private async settled(launched: ScenarioLaunch, names: VersionNames): Promise<BridgeLaunch> {
    const launch = new BridgeLaunch(launched, names);
    await launch.ready();
    return launch;
  }
}

const ROOT = '#sch-bridge';

export class BridgeLaunch {
  readonly session: Session;
  readonly page: ContentPage;

  constructor(
    launched: ScenarioLaunch,
    /** The function and element names of the API the bridge talks to in this launch. */
    readonly names: VersionNames,
  ) {
    this.session = launched.session;
    this.page = launched.page;
  }

  /** The bridge left `starting` and no backend call is in flight. */
  ready(): Promise<void> {
    return this.page.waitFor(
      `(doc) => { const r = doc.querySelector('${ROOT}'); return !!r && r.dataset.phase !== 'starting' && r.dataset.pending === '0'; }`,
      'the bridge to start',
    );
  }

  /** No backend call in flight. */
  idle(): Promise<void> {
    return this.page.waitFor(
      `(doc) => doc.querySelector('${ROOT}')?.dataset.pending === '0'`,
      'the bridge to finish its backend calls',
    );
  }

  state(name: string): Promise<string | null> {
    return this.page.attribute(ROOT, `data-${name}`);
  }

  /** Advances virtual time, then lets the backend calls the timers started finish. */
  async tick(ms: number): Promise<void> {
    await this.session.tick(ms);
    await this.idle();
  }

  /** Virtual time in steps, e.g. 8 hours as 480 heartbeats, each answered before the next. */
  async tickBy(step: number, total: number): Promise<void> {
    for (let done = 0; done < total; done += step) await this.tick(Math.min(step, total - done));
  }

  async completeChallenge(challenge: string, score: number): Promise<void> {
    await this.page.submit('sch-complete-challenge', {
      'sch-challenge-input': challenge,
      'sch-score-input': String(score),
    });
    await this.idle();
  }

  async sync(): Promise<void> {
    await this.page.submit('sch-sync');
    await this.idle();
  }

  async moveBookmark(bookmark: Pick<SchBookmark, 'topic' | 'challenge' | 'phase'>): Promise<void> {
    await this.page.submit('sch-move', {
      'sch-topic-input': bookmark.topic,
      'sch-bookmark-challenge-input': bookmark.challenge,
      'sch-phase-input': String(bookmark.phase),
    });
    await this.idle();
  }

  async revealHint(hint: string): Promise<void> {
    await this.page.submit('sch-reveal-hint', { 'sch-hint-input': hint });
    await this.idle();
  }

  /** What the page shows as the bookmark it rehydrated. */
  async shownBookmark(): Promise<SchBookmark> {
    const value = (id: string) => this.page.attribute(`#${id}`, 'data-value');
    return {
      topic: (await value('sch-topic')) ?? '',
      challenge: (await value('sch-challenge')) ?? '',
      phase: Number(await value('sch-phase')),
      hints: await this.page.texts('#sch-hints > li', 'data-hint'),
    };
  }

  /**
   * The learner presses Finish and the bridge terminates itself (a MissingCallError, a failure of
   * the run, when it does not); the launch goes on, e.g. to read the page.
   */
  async pressFinish(): Promise<void> {
    await this.page.submit('sch-finish');
    await this.session.waitForCall(this.names.terminate, undefined, { within: 1000 });
  }

  /** The learner presses Finish (pressFinish); the launch ends there. */
  async finishButton(): Promise<Trace> {
    await this.pressFinish();
    return this.session.finish();
  }

  /** The learner closes the window: unload handlers run. */
  close(): Promise<Trace> {
    return this.session.close();
  }

  crash(): Promise<Trace> {
    return this.session.crash();
  }
}
