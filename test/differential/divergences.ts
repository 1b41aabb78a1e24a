// The known-divergence catalogue: loading it (validated against its JSON Schema with ajv) and
// classifying each differing call of a sequence as a known class, a follow-on of an earlier
// known difference (`taints`), or unexplained.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HarnessError } from '../../harness/errors.ts';
import type { Access, GenericFn } from './model.ts';
import type { IndexClass } from './generator.ts';
import { agrees, type Answer, type Outcome } from './runner.ts';
import type { ValueKind } from './values.ts';
import { REFERENCE_FILE } from '../../harness/shared-docs.ts';

export interface Expected {
  result?: string;
  resultPattern?: string;
  error?: string;
}

export interface Divergence {
  id: string;
  version: '1.2' | '2004';
  fns: GenericFn[];
  phases?: string[];
  element?: string;
  argument?: string;
  value?: string;
  access?: Access[];
  kinds?: ValueKind[];
  index?: IndexClass[];
  ours: Expected;
  peer: Expected;
  taints?: 'element' | 'array' | 'session';
  /** Matches calls both runtimes answered alike but whose side effects differ; it only taints. */
  agreeing?: boolean;
  ref: string;
  reason: string;
}

const here = new URL('.', import.meta.url);
export const catalogueFile = new URL('known-divergences.json', here);
export const schemaFile = new URL('known-divergences.schema.json', here);

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

/** Validates the catalogue document; returns ajv's error text, or '' when valid. */
export function validateCatalogue(document: unknown): string {
  return validate(document) ? '' : ajv.errorsText(validate.errors);
}

export const referenceFile = REFERENCE_FILE;

/** Catalogue entries whose `ref` anchor is missing from the reference text. */
export function unresolvedRefs(catalogue: Divergence[], referenceText: string): string[] {
  return catalogue
    .filter((d) => !referenceText.includes(`id="${d.ref.slice(d.ref.indexOf('#') + 1)}"`))
    .map((d) => `${d.id}: ${d.ref}`);
}

export function loadCatalogue(): Divergence[] {
  const invalid = (message: string, hint: string) =>
    new HarnessError({ code: 'CONFIG_INVALID', file: catalogueFile.pathname, message, hint });
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(catalogueFile, 'utf8'));
  } catch (error) {
    throw invalid(`not readable JSON: ${(error as Error).message}`, 'fix the JSON syntax');
  }
  const problems = validateCatalogue(document);
  if (problems) throw invalid(problems, 'follow test/differential/known-divergences.schema.json');
  const catalogue = (document as { divergences: Divergence[] }).divergences;
  const ids = catalogue.map((d) => d.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0)
    throw invalid(`ids listed twice: ${twice.join(', ')}`, 'give each class its own id');
  return catalogue;
}

const sameAnswer = (want: Expected, got: Answer) =>
  (want.result === undefined || want.result === got.result) &&
  (want.resultPattern === undefined || anchored(want.resultPattern).test(got.result)) &&
  (want.error === undefined || want.error === got.error);

const patterns = new Map<string, RegExp>();
function anchored(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(`^(?:${source})$`, 's')));
  return re;
}

export function matches(d: Divergence, version: string, o: Outcome): boolean {
  const c = o.call;
  return (
    d.version === version &&
    (d.agreeing ?? false) === agrees(o) &&
    d.fns.includes(c.fn) &&
    (!d.phases || d.phases.includes(o.phase)) &&
    (d.element === undefined || (c.element !== undefined && anchored(d.element).test(c.element))) &&
    (d.argument === undefined || anchored(d.argument).test(String(c.args[0]))) &&
    (d.value === undefined || (c.fn === 'SetValue' && anchored(d.value).test(String(c.args[1])))) &&
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
  /** Explained by an earlier difference: a catalogue entry's id, or null for an unexplained one. */
  | { type: 'follow-on'; id: string | null }
  | { type: 'unexplained' };

const elementPath = (o: Outcome): string | undefined =>
  o.call.fn === 'GetValue' || o.call.fn === 'SetValue' ? String(o.call.args[0]) : undefined;

const SUPPORT: readonly string[] = ['GetLastError', 'GetErrorString', 'GetDiagnostic'];

/** The part of the data model a differing call leaves out of step between the two runtimes. */
function taintKey(taints: Divergence['taints'], path: string | undefined): string {
  if (taints === 'session' || path === undefined) return '';
  if (taints === 'array') {
    const tokens = path.split('.');
    const index = tokens.findIndex((t) => /^\d+$/.test(t));
    if (index > 0) return tokens.slice(0, index).join('.') + '.';
  }
  return path;
}

/**
 * One verdict per outcome of a sequence, in order. Besides catalogue matches, two kinds of
 * follow-on are recognised: a support call (GetLastError…) whose error differs only because the
 * previous call's did, and a call on data that an earlier difference left out of step (an
 * entry's `taints`; an unexplained SetValue taints its array, an unexplained state call the session).
 */
export function classify(catalogue: Divergence[], version: string, outcomes: Outcome[]): Verdict[] {
  const tainted = new Map<string, string | null>();
  let previous: Verdict = { type: 'agree' };
  let previousDiffers = false;
  return outcomes.map((o) => {
    const verdict = judge(o);
    if (!SUPPORT.includes(o.call.fn)) {
      previous = verdict;
      previousDiffers = o.ours.error !== o.peer.error;
    }
    return verdict;
  });

  function judge(o: Outcome): Verdict {
    const path = elementPath(o);
    const known = catalogue.find((d) => matches(d, version, o));
    if (agrees(o)) {
      if (known?.taints) tainted.set(taintKey(known.taints, path), known.id);
      return { type: 'agree' };
    }
    if (known) {
      if (known.taints) tainted.set(taintKey(known.taints, path), known.id);
      return { type: 'known', id: known.id };
    }
    if (SUPPORT.includes(o.call.fn) && previousDiffers && o.ours.error !== o.peer.error) {
      return {
        type: 'follow-on',
        id: previous.type === 'follow-on' || previous.type === 'known' ? previous.id : null,
      };
    }
    for (const [key, id] of tainted) {
      const hit = key === '' || path === key || (key.endsWith('.') && path?.startsWith(key));
      if (hit) return { type: 'follow-on', id };
    }
    if (o.call.fn === 'SetValue') tainted.set(taintKey('array', path), null);
    else if (o.call.fn === 'Initialize' || o.call.fn === 'Terminate') tainted.set('', null);
    return { type: 'unexplained' };
  }
}
