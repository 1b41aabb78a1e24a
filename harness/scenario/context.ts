/**
 * What a scenario body gets: the version and launch mode it runs under, the package under test,
 * and launches that carry the scenario's own learner, backend mounts and launch query, so that
 * scenarios running side by side in one LMS never share an attempt or a backend.
 */
import type { Router } from 'express';
import type { LmsProfile } from '../profiles/types.ts';
import type { Harness } from '../session/harness.ts';
import type { LaunchablePackage, LaunchOptions } from '../session/launch-options.ts';
import type { Session } from '../session/session.ts';
import type { LaunchMode, ScormVersion, Trace } from '../trace/types.ts';
import type { ContentAccessDriver } from './content-driver.ts';
import { ContentPage } from './content-page.ts';

/** One build of the content under test, for one SCORM version. */
export interface GateTarget {
  version: ScormVersion;
  package: LaunchablePackage;
  /** The API the build looks for first when the LMS offers both objects. */
  discovery: '1.2' | '2004' | 'auto';
  /**
   * Endpoint paths this build calls on its backend, where they differ from the mock backend's
   * defaults (for the SecureCodingHub backend: keys of its SchBackendPaths). Scenarios mount their
   * mock backend with these.
   */
  backendPaths?: Readonly<Record<string, string>>;
}

export type ScenarioLaunchOptions = Omit<LaunchOptions, 'package' | 'launchMode' | 'learner'> & {
  /** Appended to the SCO's launch URL (scorm-runtime.md#launch-url), e.g. `schBackend=/b/3`. */
  query?: string;
};

export interface ScenarioLaunch {
  session: Session;
  /** The content's document, for scenarios that read or drive what the content shows. */
  page: ContentPage;
}

export interface ScenarioContextParts {
  harness: Harness;
  driver: ContentAccessDriver;
  target: GateTarget;
  launchMode: LaunchMode;
  /** Unique per scenario run: the learner id and backend prefixes derive from it. */
  runId: string;
  /** The run-wide LMS profile; a launch's own `lmsProfile` replaces it. */
  lmsProfile?: LmsProfile;
}

export class ScenarioContext {
  readonly version: ScormVersion;
  readonly launchMode: LaunchMode;
  readonly target: GateTarget;
  readonly learner: { id: string; name: string };
  private readonly launched: Session[] = [];
  private mounts = 0;
  /** Unmounts of this run's backends, done at cleanup. */
  private readonly unmounts: (() => void)[] = [];
  private readonly options = new WeakMap<Session, ScenarioLaunchOptions>();

  constructor(private readonly parts: ScenarioContextParts) {
    this.version = parts.target.version;
    this.launchMode = parts.launchMode;
    this.target = parts.target;
    this.learner = { id: `learner-${parts.runId}`, name: 'Learner, Gate' };
  }

  /** Mounts a mock backend on the LMS origin for this scenario; returns its path prefix. */
  mountBackend(router: Router): string {
    const prefix = `/backend/${this.parts.runId}/${++this.mounts}`;
    this.unmounts.push(this.parts.harness.lms.mountBackend(prefix, router));
    return prefix;
  }

  async launch(options: ScenarioLaunchOptions = {}): Promise<ScenarioLaunch> {
    const { query, ...rest } = options;
    const lmsProfile = options.lmsProfile ?? this.parts.lmsProfile;
    const session = await this.parts.harness.launch({
      ...(lmsProfile ? { lmsProfile } : {}),
      ...rest,
      package: withQuery(this.target.package, query),
      launchMode: this.launchMode,
      learner: this.learner,
    });
    this.options.set(session, options);
    return this.attach(session);
  }

  /** Launches the same SCO for the same learner again; the LMS resumes what it kept. */
  async relaunch(
    previous: Session,
    overrides: Partial<ScenarioLaunchOptions> = {},
  ): Promise<ScenarioLaunch> {
    return this.launch({ ...this.options.get(previous), ...overrides });
  }

  /** The traces of the launches that ended, in launch order. */
  traces(): Trace[] {
    return this.launched.flatMap((s) => (s.trace ? [s.trace] : []));
  }

  /**
   * Ends every launch still running (after a failure or a timeout), keeping their traces, then
   * takes the run's backends off the LMS.
   */
  async cleanup(): Promise<void> {
    await Promise.all(this.launched.map((s) => s.end('harness-error').catch(() => undefined)));
    for (const unmount of this.unmounts.splice(0)) unmount();
  }

  private attach(session: Session): ScenarioLaunch {
    this.launched.push(session);
    const driver = this.parts.driver.sessionFor(session.onDriverEvent);
    if (!driver) throw new Error('the launch did not go through the content-access driver');
    return { session, page: new ContentPage(driver) };
  }
}

function withQuery(pkg: LaunchablePackage, query: string | undefined): LaunchablePackage {
  if (!query) return pkg;
  return {
    ...pkg,
    scos: pkg.scos.map((sco) => ({
      ...sco,
      launchUrl: `${sco.launchUrl}${sco.launchUrl.includes('?') ? '&' : '?'}${query}`,
    })),
  };
}
