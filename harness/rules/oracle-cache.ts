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

  function answer<T>(
    table: Table<T>,
    element: string,
    value: string,
    lookup: Lookup,
    ask: (lookup: Lookup) => T,
    cacheable: boolean,
  ): T {
    if (!cacheable) return ask(lookup);
    const hit = table.find(element, value, lookup);
    if (hit) return hit.answer;
    // A miss inside a miss (holds asking set): its lookups are recorded for the outer answer.
    if (lookup === recording) return ask(lookup);
    inner = lookup;
    deps = [];
    try {
      const result = ask(recording);
      table.keep(element, value, { answer: result, deps });
      return result;
    } finally {
      inner = noLookup;
    }
  }

  const cached: Oracle = {
    set(element, value, lookup) {
      const key = oracle.valueKey(element, value);
      return answer(
        sets,
        element,
        key,
        lookup,
        (l) => oracle.set(element, value, l),
        key.length <= MAX_VALUE_LENGTH,
      );
    },
    // `holds` asks `this.set` for some elements: bound to the cache, that is often a hit.
    holds(element, value, lookup) {
      return answer(
        holds,
        element,
        value,
        lookup,
        (l) => oracle.holds.call(cached, element, value, l),
        value.length <= MAX_VALUE_LENGTH,
      );
    },
    get(element) {
      return answer(gets, element, '', noLookup, () => oracle.get(element), true);
    },
    initial(element) {
      return answer(initials, element, '', noLookup, () => oracle.initial(element), true);
    },
    valueKey: (element, value) => oracle.valueKey(element, value),
  };
  return cached;
}
