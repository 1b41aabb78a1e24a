/**
 * The scenario lint: every scenario's metadata has only known keys, known tags and kinds, a unique
 * id, versions and launch modes the harness runs, and refs that resolve: anchors against the
 * reference's section 22 index, seed refs against a sentence that occurs in the seed file.
 */
import { readFileSync } from 'node:fs';
import { checkLaunchMode } from '../session/launch-options.ts';
import {
  SCENARIO_KINDS,
  SCENARIO_META_KEYS,
  SCENARIO_OPTIONAL_META_KEYS,
  SCENARIO_TAGS,
} from './meta.ts';
import { REFERENCE_FILE, sharedPath } from '../shared-docs.ts';

export interface RefSources {
  /** Anchors listed in the reference's section 22 (without '#'). */
  anchors: ReadonlySet<string>;
  /** Seed file name → its text. */
  seeds: ReadonlyMap<string, string>;
}

const SEEDS = ['scorm-progress-tracking.txt', 'rustici-incomplete-on-launch.txt'];

/** Anchors written `#name` in backticks, or `<a id="name">`, from section 22 on. */
export function anchorsOf(reference: string): Set<string> {
  const index = reference.slice(Math.max(0, reference.indexOf('## 22.')));
  const anchors = new Set<string>();
  for (const m of index.matchAll(/`#([a-z0-9-]+)`|<a id="([a-z0-9-]+)">/g)) {
    anchors.add(m[1] ?? m[2]!);
  }
  return anchors;
}

export function loadRefSources(): RefSources {
  const seeds = new Map<string, string>();
  for (const name of SEEDS) seeds.set(name, readFileSync(sharedPath('seeds', name), 'utf8'));
  return { anchors: anchorsOf(readFileSync(REFERENCE_FILE, 'utf8')), seeds };
}

const ANCHOR_REF = /^scorm-runtime\.md#([a-z0-9-]+)$/;
const SEED_REF = /^([a-z0-9-]+\.txt): "(.+)"$/s;

/** Why a ref does not resolve, or undefined when it does. */
export function refProblem(ref: string, sources: RefSources): string | undefined {
  const anchor = ANCHOR_REF.exec(ref);
  if (anchor) {
    return sources.anchors.has(anchor[1]!)
      ? undefined
      : `anchor #${anchor[1]} is not in the reference's section 22`;
  }
  const seed = SEED_REF.exec(ref);
  if (!seed) return `"${ref}" is neither scorm-runtime.md#<anchor> nor <seed>.txt: "<quote>"`;
  const text = sources.seeds.get(seed[1]!);
  if (text === undefined) return `unknown seed file ${seed[1]}`;
  return text.includes(seed[2]!) ? undefined : `the quote does not occur in ${seed[1]}`;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEYS = new Set<string>(SCENARIO_META_KEYS);
const OPTIONAL_KEYS = new Set<string>(SCENARIO_OPTIONAL_META_KEYS);
const TAGS = new Set<string>(SCENARIO_TAGS);
const KINDS = new Set<string>(SCENARIO_KINDS);

const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** Problems, one line each as `<id>: <problem>`; an empty list means the metadata is clean. */
export function lintScenarioMeta(metas: readonly unknown[], sources: RefSources): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  metas.forEach((raw, index) => {
    const meta = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof meta['id'] === 'string' ? meta['id'] : `#${index}`;
    const problem = (text: string) => problems.push(`${id}: ${text}`);
    for (const key of Object.keys(meta)) {
      if (!KEYS.has(key) && !OPTIONAL_KEYS.has(key)) problem(`unknown key "${key}"`);
    }
    for (const key of KEYS) if (!(key in meta)) problem(`missing key "${key}"`);
    if (!ID.test(id)) problem('id must be kebab-case');
    if (seen.has(id)) problem('duplicate id');
    seen.add(id);
    if (typeof meta['title'] !== 'string' || meta['title'] === '') problem('title is empty');
    if (!KINDS.has(String(meta['kind']))) problem(`unknown kind "${String(meta['kind'])}"`);
    const refs = typeof meta['ref'] === 'string' ? [meta['ref']] : (list(meta['ref']) ?? []);
    if (refs.length === 0) problem('no ref');
    for (const ref of refs) {
      const why = typeof ref === 'string' ? refProblem(ref, sources) : 'a ref is not a string';
      if (why) problem(`ref: ${why}`);
    }
    for (const tag of list(meta['tags']) ?? []) {
      if (!TAGS.has(String(tag))) problem(`unknown tag "${String(tag)}"`);
    }
    const versions = list(meta['versions']) ?? [];
    if (versions.length === 0) problem('no versions');
    for (const v of versions)
      if (v !== '1.2' && v !== '2004') problem(`unknown version "${String(v)}"`);
    const modes = list(meta['launchModes']) ?? [];
    if (modes.length === 0) problem('no launch modes');
    for (const mode of modes) {
      try {
        checkLaunchMode(String(mode));
      } catch {
        problem(`unknown launch mode "${String(mode)}"`);
      }
    }
    const cost = meta['cost'];
    if (cost !== undefined && !(typeof cost === 'number' && Number.isInteger(cost) && cost >= 1)) {
      problem('cost must be a whole number of launches, 1 or more');
    }
    if (!list(meta['rules'])?.every((r) => typeof r === 'string' && ID.test(r))) {
      problem('rules must be a list of rule ids');
    }
  });
  return problems;
}
