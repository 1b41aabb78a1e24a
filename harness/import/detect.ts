/** Names a log's format from its first lines: the most confident sniff wins, ties go to list order. */
import { headOf } from './lines.ts';
import { sniffNative } from './native.ts';
import { LOG_PARSERS } from './parsers.ts';
import type { ImportFormat } from './types.ts';

/** Below this no sniff is trusted and the log counts as unknown. */
export const MIN_CONFIDENCE = 0.3;

export interface Detection {
  format: ImportFormat;
  confidence: number;
}

export function detectFormat(lines: readonly string[]): Detection | undefined {
  const first = headOf(lines);
  const candidates: Detection[] = [
    { format: 'native', confidence: sniffNative(first) },
    ...LOG_PARSERS.map((p) => ({ format: p.format, confidence: p.sniff(first) })),
  ];
  const best = candidates.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  return best.confidence >= MIN_CONFIDENCE ? best : undefined;
}
