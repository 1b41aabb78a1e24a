/**
 * A function of an element name, remembered per name: a trace names a few dozen elements
 * thousands of times. Past `max` names the memo starts over, so a trace of ever-new names cannot
 * grow it without end.
 */
export function memoByName<T>(compute: (name: string) => T, max: number): (name: string) => T {
  const seen = new Map<string, T>();
  return (name) => {
    const hit = seen.get(name);
    if (hit !== undefined || seen.has(name)) return hit as T;
    if (seen.size >= max) seen.clear();
    const value = compute(name);
    seen.set(name, value);
    return value;
  };
}
