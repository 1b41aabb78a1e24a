/**
 * What the LMS remembers between launches: per learner and SCO, the state the runtime last
 * persisted (Commit or Terminate). A relaunch hands it to the runtime as `resume`, which derives
 * entry, suspend_data, location and total_time from it.
 */
import type { PersistedLmsState } from '../trace/types.ts';

export interface AttemptKey {
  learnerId: string;
  /** Identifies the SCO across launches: the package and the item identifier. */
  packageId: string;
  scoId: string;
}

export class AttemptStore {
  private readonly states = new Map<string, PersistedLmsState>();

  private static key(k: AttemptKey): string {
    return JSON.stringify([k.learnerId, k.packageId, k.scoId]);
  }

  get(key: AttemptKey): PersistedLmsState | undefined {
    return this.states.get(AttemptStore.key(key));
  }

  save(key: AttemptKey, state: PersistedLmsState): void {
    this.states.set(AttemptStore.key(key), structuredClone(state));
  }

  /** Forgets the learner's record for the SCO: the next launch is a first launch. */
  clear(key: AttemptKey): void {
    this.states.delete(AttemptStore.key(key));
  }
}
