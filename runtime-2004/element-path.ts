/**
 * Parses a dot-notation element name against the data-model table: which pattern it names, its
 * canonical path (indexes in plain decimal, so `01` is record 1 as in ADL's RTE), the array
 * records it passes through and a trailing keyword. `undefined` means "not part of the data
 * model" (401, scorm-runtime.md#error-decision-table).
 */
import { dataModel, inEdition, type ElementDef } from './data-model.ts';
import type { Edition } from './types.ts';

export type Keyword = '_children' | '_count' | '_version';

export interface ArrayStep {
  arrayPattern: string;
  arrayPath: string;
  index: number;
}

export interface ParsedElement {
  pattern: string;
  path: string;
  def: ElementDef;
  steps: ArrayStep[];
  keyword?: Keyword;
}

const keywords: readonly string[] = ['_children', '_count', '_version'];
/** The placeholder the table uses for the array index at this depth: `n`, then `m`. */
export const indexName = (depth: number) => (depth === 0 ? 'n' : 'm');

/** `adl.nav.request_valid.choice.{target=x}`: the target is part of the name and may hold dots. */
const targetElement = /^adl\.nav\.request_valid\.(choice|jump)\.\{target=([^}]+)\}$/;

export function parseElement(element: string, edition: Edition): ParsedElement | undefined {
  const target = targetElement.exec(element);
  if (target) {
    const pattern = `adl.nav.request_valid.${target[1]}.{target}`;
    const def = dataModel[pattern];
    return def && inEdition(def, edition) ? { pattern, path: element, def, steps: [] } : undefined;
  }
  const tokens = element.split('.');
  const [first = ''] = tokens;
  let pattern = first;
  let path = first;
  let def = dataModel[pattern];
  if (!def || !inEdition(def, edition)) return undefined;
  const steps: ArrayStep[] = [];
  let indexed = false;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (keywords.includes(token)) {
      if (i !== tokens.length - 1) return undefined;
      // A keyword after an index applies to the record, which has no keywords of its own.
      const owner: ElementDef = indexed ? { kind: 'container', ref: def.ref } : def;
      return { pattern, path, def: owner, steps, keyword: token as Keyword };
    }
    if (def.kind === 'leaf') return undefined;
    if (def.kind === 'array' && !indexed) {
      if (!/^\d+$/.test(token) || i === tokens.length - 1) return undefined;
      const index = Number(token);
      steps.push({ arrayPattern: pattern, arrayPath: path, index });
      pattern += `.${indexName(steps.length - 1)}`;
      path += `.${index}`;
      indexed = true;
      continue;
    }
    const next = dataModel[`${pattern}.${token}`];
    if (!next || !inEdition(next, edition)) return undefined;
    pattern += `.${token}`;
    path += `.${token}`;
    def = next;
    indexed = false;
    if (def.kind === 'array' && i === tokens.length - 1) return undefined;
  }
  return def.kind === 'leaf' ? { pattern, path, def, steps } : undefined;
}
