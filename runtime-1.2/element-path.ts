/**
 * Parses an element name such as `cmi.interactions.2.objectives.0.id` into its table pattern
 * (`cmi.interactions.n.objectives.n.id`) and the arrays it indexes. Names are case-sensitive and an
 * index is decimal digits (ref: scorm-runtime.md#arrays); `01` is read as 1, like the ADL runtime.
 */
import { specOf, type NodeSpec } from './data-model.ts';

export interface ArrayStep {
  /** The concrete array path, e.g. `cmi.interactions.2.objectives`. */
  array: string;
  index: number;
}

export interface ElementPath {
  pattern: string;
  spec: NodeSpec;
  /** The name with indexes normalized (`cmi.objectives.01.id` -> `cmi.objectives.1.id`). */
  canonical: string;
  indexes: number[];
  steps: ArrayStep[];
}

const INDEX = /^\d+$/;

/** The parsed path, or undefined when the name is not in the data model. */
export function parseElementPath(name: string): ElementPath | undefined {
  const tokens = name.split('.');
  const patternTokens: string[] = [];
  const canonicalTokens: string[] = [];
  const indexes: number[] = [];
  const steps: ArrayStep[] = [];
  for (const token of tokens) {
    // A literal `n` would otherwise match the table's placeholder.
    if (token === 'n') return undefined;
    if (INDEX.test(token)) {
      const index = Number(token);
      steps.push({ array: canonicalTokens.join('.'), index });
      indexes.push(index);
      patternTokens.push('n');
      canonicalTokens.push(String(index));
    } else {
      patternTokens.push(token);
      canonicalTokens.push(token);
    }
  }
  const pattern = patternTokens.join('.');
  const spec = specOf(pattern);
  if (!spec) return undefined;
  return { pattern, spec, canonical: canonicalTokens.join('.'), indexes, steps };
}

/** Fills the `n` placeholders of a pattern with indexes, in order. */
export function instantiate(pattern: string, indexes: readonly number[]): string {
  let next = 0;
  return pattern
    .split('.')
    .map((token) => (token === 'n' ? String(indexes[next++]) : token))
    .join('.');
}
