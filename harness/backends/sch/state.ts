/**
 * The mock backend's mutable state for one scenario: a deep copy of the fixture that requests
 * change (sessions created, bookmarks saved, challenges completed, heartbeats received), and the
 * switches a scenario flips (progress behind the bridge's back, an outage, held replies).
 */
import type { SchAssignment, SchBookmark, SchChallenge, SchFixture } from './fixture.ts';
import type { SchEndpoint } from './paths.ts';

/** The endpoints a switch applies to: those named, or every one. */
type Endpoints = ReadonlySet<SchEndpoint> | 'all';
const endpointsOf = (named: readonly SchEndpoint[] | undefined): Endpoints =>
  named === undefined ? 'all' : new Set(named);
const covers = (endpoints: Endpoints, endpoint: SchEndpoint): boolean =>
  endpoints === 'all' || endpoints.has(endpoint);

export interface SchHeartbeat {
  /** Backend clock time of receipt. */
  t: number;
  lmsBookmark: string;
  sessionTime: string;
}

export interface SchSession {
  id: string;
  learnerId: string;
  bookmark: SchBookmark;
  /** The last session time a heartbeat reported ("" before any). */
  sessionTime: string;
  heartbeats: SchHeartbeat[];
}

/**
 * A session as the backend's answers carry it: its heartbeats stay the backend's own record. (Sent
 * with every answer, they had grown to 480 beats of up to 2 KB each by the end of the 8-hour
 * scenario, each beat carrying the bookmark with its hints, for a bridge that reads the id and
 * bookmark only.)
 */
export type SchSessionRecord = Omit<SchSession, 'heartbeats'>;

export interface SchProgress {
  assignments: SchAssignment[];
  challenges: SchChallenge[];
}

const EMPTY_BOOKMARK: SchBookmark = { topic: '', challenge: '', phase: 1, hints: [] };

const clone = <T>(value: T): T => structuredClone(value);

const recordOf = (s: SchSession): SchSessionRecord => ({
  id: s.id,
  learnerId: s.learnerId,
  bookmark: clone(s.bookmark),
  sessionTime: s.sessionTime,
});

export class SchBackendState {
  private readonly sessions = new Map<string, SchSession>();
  private readonly progressState: SchProgress;
  private readonly newBookmark: SchBookmark;
  private readonly learnerId: string;
  private created = 0;
  private outage: { status: number; endpoints: Endpoints } | undefined;
  private holding: Endpoints | undefined;
  private readonly held = new Set<() => void>();
  private readonly heldWaiters = new Set<{ count: number; resolve: () => void }>();

  constructor(
    fixture: SchFixture,
    private readonly sessionIdPrefix: string,
  ) {
    this.progressState = clone({
      assignments: fixture.assignments,
      challenges: fixture.challenges,
    });
    this.newBookmark = clone(fixture.newSessionBookmark ?? EMPTY_BOOKMARK);
    this.learnerId = fixture.learner?.id ?? '';
    for (const s of fixture.sessions ?? []) {
      this.sessions.set(s.id, {
        id: s.id,
        learnerId: s.learnerId ?? this.learnerId,
        bookmark: clone(s.bookmark),
        sessionTime: s.sessionTime ?? '',
        heartbeats: [],
      });
    }
  }

  /** Whether the backend knows the session (without copying it and its heartbeats). */
  has(id: string): boolean {
    return this.sessions.has(id);
  }

  session(id: string): SchSession | undefined {
    const found = this.sessions.get(id);
    return found && clone(found);
  }

  /** The session as answers carry it, without copying its heartbeats. */
  record(id: string): SchSessionRecord | undefined {
    const found = this.sessions.get(id);
    return found && recordOf(found);
  }

  allSessions(): SchSession[] {
    return [...this.sessions.values()].map(clone);
  }

  /** Ids are `<prefix><n>`, counting from 1, so runs are deterministic. */
  createSession(learnerId: string): SchSessionRecord {
    let id: string;
    do {
      this.created += 1;
      id = `${this.sessionIdPrefix}${this.created}`;
    } while (this.sessions.has(id));
    const session: SchSession = {
      id,
      learnerId: learnerId || this.learnerId,
      bookmark: clone(this.newBookmark),
      sessionTime: '',
      heartbeats: [],
    };
    this.sessions.set(id, session);
    return recordOf(session);
  }

  saveBookmark(id: string, bookmark: SchBookmark): SchSessionRecord | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    session.bookmark = clone(bookmark);
    return recordOf(session);
  }

  /**
   * The heartbeat also moves the server-side bookmark when it carries a valid one. False for an
   * unknown session. (No copy of the session comes back: it grows with every beat, 480 in the
   * 8-hour scenario, and copying it at each one made the backend quadratic.)
   */
  recordHeartbeat(id: string, beat: SchHeartbeat, bookmark: SchBookmark | undefined): boolean {
    const session = this.sessions.get(id);
    if (!session) return false;
    // A beat is flat: a spread copies it whole, without structuredClone's cost at every beat.
    session.heartbeats.push({ ...beat });
    session.sessionTime = beat.sessionTime;
    if (bookmark) session.bookmark = clone(bookmark);
    return true;
  }

  /**
   * A SecureCodingHub outage: from now on requests to `endpoints` (default every one) are answered
   * `status` (a 5xx) and not handled, so the state does not change, until restoreReplies(). For
   * scenarios checking that the bridge's LMS side does not wait on its backend, e.g. a tick's
   * re-commit.
   */
  failReplies(endpoints?: readonly SchEndpoint[], status = 503): void {
    if (!(Number.isInteger(status) && status >= 500 && status <= 599)) {
      throw new RangeError(`an outage answers a server error (5xx), not ${status}`);
    }
    this.outage = { status, endpoints: endpointsOf(endpoints) };
  }

  /** Ends an outage (failReplies): requests are handled again. */
  restoreReplies(): void {
    this.outage = undefined;
  }

  /** The status requests to `endpoint` are failed with now (failReplies), or undefined. */
  failure(endpoint: SchEndpoint): number | undefined {
    return this.outage && covers(this.outage.endpoints, endpoint) ? this.outage.status : undefined;
  }

  /**
   * A slow backend: from now on requests to `endpoints` (default every one) are taken but neither
   * handled nor answered until releaseReplies(). For scenarios checking what a bridge does with a
   * reply that lands late, e.g. after it called Terminate.
   */
  holdReplies(endpoints?: readonly SchEndpoint[]): void {
    this.holding = endpointsOf(endpoints);
  }

  /** Stops holding and handles the held requests in arrival order; returns how many there were. */
  releaseReplies(): number {
    this.holding = undefined;
    const held = [...this.held];
    this.held.clear();
    for (const answer of held) answer();
    return held.length;
  }

  /** Whether requests to `endpoint` are held now (holdReplies). */
  holds(endpoint: SchEndpoint): boolean {
    return this.holding !== undefined && covers(this.holding, endpoint);
  }

  /** Requests waiting for releaseReplies(). */
  get heldReplies(): number {
    return this.held.size;
  }

  /**
   * The router's side of holdReplies: keeps `answer` for releaseReplies(); the function returned
   * forgets it (the client went away).
   */
  hold(answer: () => void): () => void {
    this.held.add(answer);
    for (const waiter of [...this.heldWaiters]) {
      if (this.held.size < waiter.count) continue;
      this.heldWaiters.delete(waiter);
      waiter.resolve();
    }
    return () => this.held.delete(answer);
  }

  /**
   * Resolves once `count` requests are held: a request the page has sent may not have reached the
   * backend yet. Never resolves when none comes: wait first for a sign that the page sent it (its
   * own state, or a tick whose timers sent it; session.answered() knows only the requests the page
   * has announced, so it cannot tell "none sent" from "not announced yet").
   */
  whenHeld(count = 1): Promise<void> {
    if (this.held.size >= count) return Promise.resolve();
    return new Promise((resolve) => this.heldWaiters.add({ count, resolve }));
  }

  progress(): SchProgress {
    return clone(this.progressState);
  }

  /** Records a finished challenge (added if the fixture did not list it) and finishes assignments. */
  completeChallenge(challengeId: string, score: number): SchProgress {
    const { challenges, assignments } = this.progressState;
    const existing = challenges.find((c) => c.id === challengeId);
    if (existing) {
      existing.completed = true;
      existing.score = score;
    } else {
      challenges.push({ id: challengeId, completed: true, score });
    }
    const done = new Set(challenges.filter((c) => c.completed).map((c) => c.id));
    for (const a of assignments) {
      if (a.challenges && a.challenges.length > 0 && a.challenges.every((c) => done.has(c))) {
        a.finished = true;
      }
    }
    return this.progress();
  }

  /** For scenarios that change progress behind the bridge's back (then press "Sync progress"). */
  setProgress(progress: SchProgress): void {
    this.progressState.assignments = clone(progress.assignments);
    this.progressState.challenges = clone(progress.challenges);
  }
}
