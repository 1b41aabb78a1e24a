// The known-divergence catalogue: loading it (validated against its JSON Schema with ajv) and
// classifying each differing call of a sequence as a known class, a follow-on of an earlier
// known difference (`taints`), or unexplained.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Access, GenericFn } from './model.ts';
import type { IndexClass } from './generator.ts';
import { agrees, type Answer, type Outcome } from './runner.ts';
import type { ValueKind } from './values.ts';

export interface Divergence {
  id: string;
  version: '1.2' | '2004';
  fns: GenericFn[];
  phases?: string[];
  element?: string;
  access?: Access[];
  kinds?: ValueKind[];
  index?: IndexClass[];
  ours: Partial<Answer>;
  peer: Partial<Answer>;
  taints?: 'element' | 'array' | 'session';
  ref: string;
  reason: string;
}

const here = new URL('.', import.meta.url);
export const catalogueFile = new URL('known-divergences.json', here);
export const schemaFile = new URL('known-divergences.schema.json', here);

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Validates the catalogue document; returns ajv's error text, or '' when valid. */
export function validateCatalogue(document: unknown): string {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  return validate(document) ? '' : ajv.errorsText(validate.errors);
}

export function loadCatalogue(): Divergence[] {
  const document: unknown = JSON.parse(readFileSync(catalogueFile, 'utf8'));
  const problems = validateCatalogue(document);
  if (problems) throw new Error(`known-divergences.json does not match its schema: ${problems}`);
  return (document as { divergences: Divergence[] }).divergences;
}

const sameAnswer = (want: Partial<Answer>, got: Answer) =>
  (want.result === undefined || want.result === got.result) &&
  (want.error === undefined || want.error === got.error);

export function matches(d: Divergence, version: string, o: Outcome): boolean {
  const c = o.call;
  return (
    d.version === version &&
    d.fns.includes(c.fn) &&
    (!d.phases || d.phases.includes(o.phase)) &&
    (d.element === undefined ||
      (c.element !== undefined && new RegExp(`^(?:${d.element})$`).test(c.element))) &&
    (!d.access || (c.access !== undefined && d.access.includes(c.access))) &&
    (!d.kinds || (c.kind !== undefined && d.kinds.includes(c.kind))) &&
    (!d.index || d.index.includes(c.index ?? 'none')) &&
    sameAnswer(d.ours, o.ours) &&
    sameAnswer(d.peer, o.peer)
  );
}

export type Verdict =
  | { type: 'agree' }
  | { type: 'known'; id: string }
  | { type: 'follow-on'; id: string }
  | { type: 'unexplained' };

const elementPath = (o: Outcome): string | undefined =>
  o.call.fn === 'GetValue' || o.call.fn === 'SetValue' ? String(o.call.args[0]) : undefined;

/** The part of the data model a tainting difference leaves out of step. */
function taintKey(d: Divergence, path: string | undefined): string {
  if (d.taints === 'session' || path === undefined) return '';
  if (d.taints === 'array') {
    const index = path.split('.').findIndex((t) => /^\d+$/.test(t));
    if (index > 0) return path.split('.').slice(0, index).join('.') + '.';
  }
  return path;
}

/** One verdict per outcome of a sequence, in order. */
export function classify(catalogue: Divergence[], version: string, outcomes: Outcome[]): Verdict[] {
  const tainted = new Map<string, string>();
  return outcomes.map((o) => {
    if (agrees(o)) return { type: 'agree' };
    const known = catalogue.find((d) => matches(d, version, o));
    const path = elementPath(o);
    if (known) {
      if (known.taints) tainted.set(taintKey(known, path), known.id);
      return { type: 'known', id: known.id };
    }
    for (const [key, id] of tainted) {
      if (
        key === '' ||
        (path !== undefined && (path === key || (key.endsWith('.') && path.startsWith(key))))
      ) {
        return { type: 'follow-on', id };
      }
    }
    return { type: 'unexplained' };
  });
}
