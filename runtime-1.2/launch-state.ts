/**
 * Builds the data model an LMS presents at launch: the table's initial values, the LMS-supplied
 * options, and, on a relaunch, what the previous persisted state carries over
 * (ref: scorm-runtime.md#entry-exit-12, #session-time).
 */
import { CmiStore } from './cmi-store.ts';
import type { PersistedState } from './contract.ts';
import { checkTypes } from './data-types.ts';
import { elementPatterns, specOf, typesOf } from './data-model.ts';
import { parseElementPath } from './element-path.ts';
import { OPTION_ELEMENTS, type Scorm12Options } from './options.ts';
import { parseTimespan } from './timespan.ts';

export function launchStore(options: Scorm12Options): CmiStore {
  const feedbackCheck = options.feedbackCheck ?? 'length';
  if (feedbackCheck !== 'format' && feedbackCheck !== 'length') {
    throw new TypeError(`Scorm12Api option feedbackCheck: expected 'format' or 'length'`);
  }
  const store = new CmiStore(feedbackCheck);
  for (const [pattern, spec] of elementPatterns()) {
    if (spec.initial !== undefined) store.write(pattern, spec.initial);
  }
  for (const [option, element] of OPTION_ELEMENTS) {
    const value = options[option];
    if (value !== undefined) store.write(element, optionValue(option, element, value));
  }
  if (options.resume) restore(store, options.resume);
  return store;
}

function optionValue(option: string, element: string, value: unknown): string {
  const text = typeof value === 'number' && option === 'masteryScore' ? String(value) : value;
  if (typeof text !== 'string')
    throw new TypeError(`Scorm12Api option ${option}: expected a string`);
  const spec = specOf(element);
  if (spec?.kind !== 'element') throw new TypeError(`${element} is not a SCORM 1.2 element`);
  const invalid = checkTypes(typesOf(spec), text, spec.vocabulary, spec.range);
  if (invalid) throw new TypeError(`Scorm12Api option ${option} (${element}): ${invalid}`);
  return text;
}

function restore(store: CmiStore, previous: PersistedState): void {
  if (previous.version !== '1.2') {
    throw new TypeError(
      `Scorm12Api option resume: a SCORM ${previous.version} state cannot resume a 1.2 SCO`,
    );
  }
  const resuming = previous.exit === 'suspend';
  // Records must come back in index order, so that each one is the next of its array.
  for (const name of Object.keys(previous.data).sort(compareElementNames)) {
    const path = parseElementPath(name);
    const value = previous.data[name];
    if (path?.spec.kind !== 'element' || typeof value !== 'string') {
      throw new TypeError(
        `Scorm12Api option resume: data[${JSON.stringify(name)}] is not a SCORM 1.2 element value`,
      );
    }
    const carry = path.spec.carry;
    if (carry === 'always' || (carry === 'on-resume' && resuming)) {
      try {
        store.write(name, value);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new TypeError(`Scorm12Api option resume: ${why}`, { cause: error });
      }
    }
  }
  if (parseTimespan(previous.totalTime) === undefined) {
    throw new TypeError(
      `Scorm12Api option resume: totalTime ${JSON.stringify(previous.totalTime)} is not a CMITimespan`,
    );
  }
  store.write('cmi.core.total_time', previous.totalTime);
  store.write('cmi.core.entry', resuming ? 'resume' : '');
}

/** Orders names token by token, indexes numerically (objectives.2 before objectives.10). */
function compareElementNames(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
