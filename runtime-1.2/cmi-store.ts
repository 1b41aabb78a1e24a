/**
 * The one generic engine over the data-model table: LMSGetValue/LMSSetValue semantics for every
 * element, in the order of checks of scorm-runtime.md#get-set-12-algorithm, with the error code and
 * a diagnostic naming the element and why. No element has code of its own; the table decides.
 *
 * Array rules (ref: #arrays): a set at n = _count creates record n, a set at n > _count is 201; a
 * get at n >= _count is 201 (1.2 defines neither; 201 is the reference's recommendation). A failed
 * set never leaves a record behind.
 */
import { Scorm12Error, type Scorm12ErrorCode } from './error-codes.ts';
import { checkTypes } from './data-types.ts';
import { typesOf, type ElementSpec } from './data-model.ts';
import { feedbackFormatFailure } from './interaction-formats.ts';
import { instantiate, parseElementPath, type ElementPath } from './element-path.ts';

export type StoreResult =
  { ok: true; value: string } | { ok: false; code: Scorm12ErrorCode; diagnostic: string };

/** 'format': CMIFeedback is checked against its interaction type's format; 'length': 255 only. */
export type FeedbackCheck = 'format' | 'length';

const KEYWORDS = new Set(['_children', '_count', '_version']);

const ok = (value: string): StoreResult => ({ ok: true, value });
const fail = (code: Scorm12ErrorCode, diagnostic: string): StoreResult => ({
  ok: false,
  code,
  diagnostic,
});

const unknown = (name: string) =>
  fail(Scorm12Error.NotImplemented, `${name} is not an element of the SCORM 1.2 data model`);

export class CmiStore {
  private readonly values = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly feedbackCheck: FeedbackCheck = 'length') {}

  get(name: string): StoreResult {
    if (name === '') return fail(Scorm12Error.InvalidArgument, 'the element name is empty');
    const keyword = splitKeyword(name);
    if (keyword) return this.getKeyword(name, keyword.base, keyword.keyword);
    const path = parseElementPath(name);
    if (!path) return unknown(name);
    if (path.spec.kind !== 'element') return notAnElement(name);
    if (path.spec.access === 'wo') {
      return fail(
        Scorm12Error.ElementIsWriteOnly,
        `${name} is write-only: the SCO can set it but not read it`,
      );
    }
    const missing = this.missingRecord(path, 'get');
    if (missing) return fail(Scorm12Error.InvalidArgument, `${name}: ${missing}`);
    return ok(this.values.get(path.canonical) ?? '');
  }

  set(name: string, value: string): StoreResult {
    if (name === '') return fail(Scorm12Error.InvalidArgument, 'the element name is empty');
    const keyword = splitKeyword(name);
    if (keyword) {
      const base = this.resolveKeywordBase(keyword.base, keyword.keyword);
      if (!base) return unknown(name);
      return fail(
        Scorm12Error.InvalidSetValueKeyword,
        `${name} is a keyword; keywords are read-only`,
      );
    }
    const path = parseElementPath(name);
    if (!path) return unknown(name);
    if (path.spec.kind !== 'element') return notAnElement(name);
    if (path.spec.access === 'ro') {
      return fail(Scorm12Error.ElementIsReadOnly, `${name} is read-only: only the LMS sets it`);
    }
    const missing = this.missingRecord(path, 'set');
    if (missing) return fail(Scorm12Error.InvalidArgument, `${name}: ${missing}`);
    const invalid = this.invalidValue(path, path.spec, value);
    if (invalid) return fail(Scorm12Error.IncorrectDataType, `${name}: ${invalid}`);
    this.store(path, value);
    return ok('true');
  }

  /** The LMS's own read, ignoring access rules; undefined when the element holds no value. */
  read(name: string): string | undefined {
    const path = parseElementPath(name);
    return path ? this.values.get(path.canonical) : undefined;
  }

  /**
   * The LMS's own write (launch values, evaluation at LMSFinish, restore), ignoring access and type.
   * Throws on a name outside the model or an index gap: those are programming or input errors.
   */
  write(name: string, value: string): void {
    const path = parseElementPath(name);
    if (!path || path.spec.kind !== 'element')
      throw new TypeError(`${name} is not a SCORM 1.2 element`);
    const missing = this.missingRecord(path, 'set');
    if (missing) throw new TypeError(`${name}: ${missing}`);
    this.store(path, value);
  }

  /** Every element holding a value, flat: path -> value. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  private getKeyword(name: string, baseName: string, keyword: string): StoreResult {
    const base = this.resolveKeywordBase(baseName, keyword);
    if (!base) return unknown(name);
    if (keyword === '_version' && base.spec.kind === 'group' && base.spec.version) {
      return ok(base.spec.version);
    }
    const missing = this.missingRecord(base, 'get');
    if (missing) return fail(Scorm12Error.InvalidArgument, `${name}: ${missing}`);
    if (keyword === '_children') {
      if (base.spec.kind !== 'element' && base.spec.children)
        return ok(base.spec.children.join(','));
      return fail(Scorm12Error.ElementCannotHaveChildren, `${baseName} has no _children`);
    }
    if (base.spec.kind === 'array') return ok(String(this.counts.get(base.canonical) ?? 0));
    return fail(Scorm12Error.ElementNotAnArray, `${baseName} is not an array, so it has no _count`);
  }

  /** The element a keyword is applied to; `_version` exists only as cmi._version. */
  private resolveKeywordBase(baseName: string, keyword: string): ElementPath | undefined {
    const base = parseElementPath(baseName);
    if (keyword === '_version' && base?.canonical !== 'cmi') return undefined;
    return base;
  }

  /** Why an index of the path does not address a record (get) or the next record (set), if so. */
  private missingRecord(path: ElementPath, use: 'get' | 'set'): string | undefined {
    for (const step of path.steps) {
      const count = this.counts.get(step.array) ?? 0;
      if (use === 'get' && step.index >= count) {
        return `index ${step.index} is not below ${step.array}._count (${count})`;
      }
      if (use === 'set' && step.index > count) {
        return `index ${step.index} skips records: ${step.array}._count is ${count}, so the next index is ${count}`;
      }
    }
    return undefined;
  }

  private invalidValue(path: ElementPath, spec: ElementSpec, value: string): string | null {
    const typeFailure = checkTypes(typesOf(spec), value, spec.vocabulary, spec.range);
    if (typeFailure || !spec.feedback || this.feedbackCheck === 'length') return typeFailure;
    const interactionType = this.values.get(instantiate(spec.feedback.typeFrom, path.indexes));
    return feedbackFormatFailure(interactionType, value, spec.feedback.role);
  }

  private store(path: ElementPath, value: string): void {
    for (const step of path.steps) {
      const count = this.counts.get(step.array) ?? 0;
      if (step.index === count) this.counts.set(step.array, count + 1);
    }
    this.values.set(path.canonical, value);
  }
}

function splitKeyword(name: string): { base: string; keyword: string } | undefined {
  const dot = name.lastIndexOf('.');
  const keyword = name.slice(dot + 1);
  if (!KEYWORDS.has(keyword)) return undefined;
  return { base: dot < 0 ? '' : name.slice(0, dot), keyword };
}

function notAnElement(name: string): StoreResult {
  return fail(
    Scorm12Error.NotImplemented,
    `${name} is a category or an array, not an element that holds a value`,
  );
}
