/**
 * Which scenarios (or SCOs) a run takes: those whose id or title matches --grep, then this shard's
 * part. Shards go by a stable hash of the id, never by position, so adding or reordering scenarios
 * moves only the new ones and every CI machine agrees on the split without talking to the others.
 *
 * A selection that is empty before sharding is a mistake (a --grep typo, a --scorm no package has)
 * and stops the run; a shard left empty by the split is normal (more CI machines than scenarios).
 */
import type { Shard } from '../config/settings.ts';
import { HarnessError } from '../errors.ts';

/** FNV-1a, 32 bit: tiny, stable across platforms and Node versions, spreads short ids well. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return shard === undefined || stableHash(id) % shard.total === shard.index - 1;
}

export interface Selectable {
  id: string;
  title: string;
}

export interface SelectOptions {
  grep?: RegExp;
  shard?: Shard;
  /** What the items are, for the message when nothing matches: "scenario", "SCO of SCORM 1.2". */
  noun: string;
  /** How many there were before any filter the caller applied (--scorm), for that message. */
  before?: number;
}

function nothingSelected(options: SelectOptions, count: number): HarnessError {
  const of = `${options.before ?? count} in all`;
  if (options.grep !== undefined)
    return new HarnessError({
      code: 'CONFIG_INVALID',
      message: `--grep ${options.grep.source} matched no ${options.noun} (${of}), on any shard`,
      hint: 'check the pattern (a regular expression, any case, against ids and titles); without --grep everything runs',
    });
  return new HarnessError({
    code: 'CONFIG_INVALID',
    message: `there is no ${options.noun} to run (${of})`,
    hint: 'check --scorm against the packages given (or drop it)',
  });
}

export function select<T>(
  items: readonly T[],
  describe: (item: T) => Selectable,
  options: SelectOptions,
): T[] {
  const matched = items.filter((item) => {
    const { id, title } = describe(item);
    return options.grep === undefined || options.grep.test(id) || options.grep.test(title);
  });
  if (matched.length === 0) throw nothingSelected(options, items.length);
  return matched.filter((item) => inShard(describe(item).id, options.shard));
}
