/**
 * Which scenarios (or SCOs) a run takes: those whose id or title matches --grep, then this shard's
 * part. Shards go by a stable hash of the id, never by position, so adding or reordering scenarios
 * moves only the new ones and every CI machine agrees on the split without talking to the others.
 */
import type { Shard } from '../config/settings.ts';

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

export function select<T>(
  items: readonly T[],
  describe: (item: T) => Selectable,
  options: { grep?: RegExp; shard?: Shard },
): T[] {
  return items.filter((item) => {
    const { id, title } = describe(item);
    const matches = options.grep === undefined || options.grep.test(id) || options.grep.test(title);
    return matches && inShard(id, options.shard);
  });
}
