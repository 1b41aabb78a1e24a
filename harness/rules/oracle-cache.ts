/**
 * Remembers an oracle's answers. An oracle is a pure function of the element, the value and the
 * answers its lookup gave, so an answer is reused only when the same lookups give the same values
 * again: the cache can never change a verdict, only skip building a fresh runtime for it.
 * A SetValue answer is kept under the oracle's `valueKey`, so every value of a free-text element
 * that fits shares one answer. Memory stays flat: keys longer than MAX_VALUE_LENGTH are never
 * kept (they rarely repeat) and a table that reaches MAX_ENTRIES starts over.
 */
import type { Lookup, Oracle, Verdict } from './verdict.ts';

const MAX_ENTRIES = 20_000;
const MAX_VALUE_LENGTH = 128;

interface Entry<T> {
  answer: T;
  /** The lookups the oracle made, in order: element, value, element, value, … */
  deps: (string | undefined)[];
}

/** Answers by element, then by value: no key is built per call, only the value is hashed. */
class Table<T> {
  private readonly byElement = new Map<string, Map<string, Entry<T>>>();
  private size = 0;

  find(element: string, value: string, lookup: Lookup): Entry<T> | undefined {
    const entry = this.byElement.get(element)?.get(value);
    if (!entry) return undefined;
    const { deps } = entry;
    for (let i = 0; i < deps.length; i += 2)
      if (lookup(deps[i] as string) !== deps[i + 1]) return undefined;
    return entry;
  }

  keep(element: string, value: string, entry: Entry<T>): void {
    if (this.size >= MAX_ENTRIES) {
      this.byElement.clear();
      this.size = 0;
    }
    let values = this.byElement.get(element);
    if (!values) this.byElement.set(element, (values = new Map()));
    if (!values.has(value)) this.size += 1;
    values.set(value, entry);
  }
}

const noLookup: Lookup = () => undefined;

export function cachedOracle(oracle: Oracle): Oracle {
  const sets = new Table<Verdict | undefined>();
  const holds = new Table<boolean | undefined>();
  const holdsByKey = new Table<boolean | undefined>();
  const gets = new Table<Verdict | undefined>();
  const initials = new Table<string | undefined>();

  // One recording lookup for every miss, so a miss allocates no closure.
  let inner: Lookup = noLookup;
  let deps: (string | undefined)[] = [];
  const recording: Lookup = (element) => {
    const value = inner(element);
    deps.push(element, value);
    return value;
  };

  type Ask<T> = (element: string, value: string, lookup: Lookup) => T;

  /** The answer kept for (element, key), else the oracle's, kept when `key` is short enough. */
  function answer<T>(
    table: Table<T>,
    ask: Ask<T>,
    element: string,
    value: string,
    key: string,
    lookup: Lookup,
  ): T {
    if (key.length > MAX_VALUE_LENGTH) return ask(element, value, lookup);
    const hit = table.find(element, key, lookup);
    if (hit) return hit.answer;
    // A miss inside a miss (holds asking set): its lookups are recorded for the outer answer.
    if (lookup === recording) return ask(element, value, lookup);
    inner = lookup;
    deps = [];
    try {
      const result = ask(element, value, recording);
      table.keep(element, key, { answer: result, deps });
      return result;
    } finally {
      inner = noLookup;
    }
  }

  // Built once, not per call: a hit allocates nothing.
  const askSet: Ask<Verdict | undefined> = (element, value, lookup) =>
    oracle.set(element, value, lookup);
  // `holds` asks `this.set` for some elements: bound to the cache, that is often a hit.
  const askHolds: Ask<boolean | undefined> = (element, value, lookup) =>
    oracle.holds.call(cached, element, value, lookup);
  const askGet: Ask<Verdict | undefined> = (element) => oracle.get(element);
  const askInitial: Ask<string | undefined> = (element) => oracle.initial(element);

  const cached: Oracle = {
    set(element, value, lookup) {
      return answer(sets, askSet, element, value, oracle.valueKey(element, value), lookup);
    },
    holds(element, value, lookup) {
      const key = oracle.valueKey(element, value);
      // The initial value holds whatever the key says; every other value shares its key's answer.
      if (key === value || value === cached.initial(element))
        return answer(holds, askHolds, element, value, value, lookup);
      return answer(holdsByKey, askHolds, element, value, key, lookup);
    },
    get(element) {
      return answer(gets, askGet, element, '', '', noLookup);
    },
    initial(element) {
      return answer(initials, askInitial, element, '', '', noLookup);
    },
    valueKey: (element, value) => oracle.valueKey(element, value),
  };
  return cached;
}
