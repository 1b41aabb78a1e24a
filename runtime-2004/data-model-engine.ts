/**
 * The one generic engine that interprets the data-model table for GetValue and SetValue, in the
 * order of checks of scorm-runtime.md#getvalue-2004-algorithm and #setvalue-2004-algorithm.
 * Values are kept flat (element path -> string) exactly as set; record counts per array path.
 */
import { dataModel, spmFor, type ArrayDef, type LeafDef } from './data-model.ts';
import { indexName, parseElement, type ParsedElement } from './element-path.ts';
import { ErrorCode, fail, type Failure } from './error-codes.ts';
import {
  checkLearnerResponse,
  checkPattern,
  isInteractionType,
  singlePatternTypes,
  uniquePatternTypes,
} from './interaction-formats.ts';
import type { Edition } from './types.ts';
import {
  checkIdentifier,
  checkLanguage,
  checkLocalizedString,
  checkReal,
  checkTime,
  checkTimeInterval,
  checkVocabulary,
  isReal,
  type Rejection,
} from './value-types.ts';

export interface EngineContext {
  edition: Edition;
  /** Reject values and records beyond their SPM (406 / 351) instead of accepting them. */
  strictSpm: boolean;
  /** `adl.data.n.store` permissions from the SCO's `<adlcp:map>` (scorm-runtime.md#adl-data). */
  sharedDataAccess(index: number): { read: boolean; write: boolean };
  /** The value the LMS reports instead of the stored one (evaluated statuses), if any. */
  evaluated(path: string, stored: string | undefined): string | undefined;
}

export type GetOutcome = { ok: true; value: string } | ({ ok: false } & Failure);
export type SetOutcome = { ok: true; note?: string } | ({ ok: false } & Failure);

const failed = (code: Failure['code'], diagnostic: string): { ok: false } & Failure => ({
  ok: false,
  ...fail(code, diagnostic),
});

const sharedStore = /^adl\.data\.(\d+)\.store$/;
const interactionOf = (path: string) => /^cmi\.interactions\.\d+/.exec(path)?.[0] ?? '';

export class DataModelEngine {
  private readonly values = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly context: EngineContext) {}

  /** LMS-side write (launch values, restored data, evaluation): no checks; creates records. */
  put(path: string, value: string): void {
    const parsed = parseElement(path, this.context.edition);
    if (!parsed || parsed.def.kind !== 'leaf' || parsed.keyword) return;
    this.createRecords(parsed);
    this.values.set(parsed.path, value);
  }

  stored(path: string): string | undefined {
    return this.values.get(path);
  }

  count(arrayPath: string): number {
    return this.counts.get(arrayPath) ?? 0;
  }

  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  get(element: string): GetOutcome {
    const parsed = parseElement(element, this.context.edition);
    if (!parsed)
      return failed(
        ErrorCode.undefinedElement,
        `${element} is not a SCORM 2004 (${this.context.edition} edition) data model element`,
      );
    const outOfRange = this.missingRecord(parsed);
    if (parsed.keyword) return outOfRange ?? this.keyword(element, parsed);
    if (outOfRange) return outOfRange;
    const def = parsed.def as LeafDef;
    const store = sharedStore.exec(parsed.path);
    if (def.access === 'wo' || (store && !this.context.sharedDataAccess(Number(store[1])).read))
      return failed(ErrorCode.elementIsWriteOnly, `${element} is write-only`);
    const stored = this.values.get(parsed.path);
    const value = this.context.evaluated(parsed.path, stored) ?? stored ?? def.initial;
    if (value === undefined)
      return failed(ErrorCode.valueNotInitialized, `${element} has no value yet`);
    return { ok: true, value };
  }

  set(element: string, value: string): SetOutcome {
    if (element === '')
      return failed(ErrorCode.generalSetFailure, 'SetValue needs an element name');
    const parsed = parseElement(element, this.context.edition);
    if (!parsed)
      return failed(
        ErrorCode.undefinedElement,
        `${element} is not a SCORM 2004 (${this.context.edition} edition) data model element`,
      );
    if (parsed.keyword)
      return failed(ErrorCode.elementIsReadOnly, `${element} is a keyword and read-only`);
    const def = parsed.def as LeafDef;
    const records = this.checkRecords(element, parsed, def);
    if (records) return records;
    const store = sharedStore.exec(parsed.path);
    if (def.access === 'ro' || (store && !this.context.sharedDataAccess(Number(store[1])).write))
      return failed(ErrorCode.elementIsReadOnly, `${element} is read-only`);
    const interactionType = this.values.get(`${interactionOf(parsed.path)}.type`);
    if (def.needsType && interactionType === undefined)
      return failed(
        ErrorCode.dependencyNotEstablished,
        `${element} needs ${interactionOf(parsed.path)}.type to be set first`,
      );
    const conflict = this.checkUniqueness(element, parsed, def, value, interactionType);
    if (conflict) return conflict;
    const rejection = this.checkValue(parsed, def, value, interactionType);
    if (rejection)
      return failed(
        rejection.kind === 'range' ? ErrorCode.valueOutOfRange : ErrorCode.typeMismatch,
        `${element}: ${rejection.why}`,
      );
    const spm = spmFor(def, this.context.edition);
    const tooLong = spm !== undefined && value.length > spm;
    if (tooLong && this.context.strictSpm)
      return failed(
        ErrorCode.typeMismatch,
        `${element}: ${value.length} characters exceed the SPM of ${spm} (strict SPM mode)`,
      );
    this.store(parsed, def, value);
    return tooLong
      ? {
          ok: true,
          note: `${element}: ${value.length} characters exceed the SPM of ${spm}; accepted`,
        }
      : { ok: true };
  }

  private keyword(element: string, parsed: ParsedElement): GetOutcome {
    const { def, keyword } = parsed;
    if (keyword === '_version')
      return parsed.path === 'cmi'
        ? { ok: true, value: '1.0' }
        : failed(ErrorCode.generalGetFailure, `${element}: only cmi._version exists`);
    if (keyword === '_children')
      return def.kind !== 'leaf' && def.children !== undefined
        ? { ok: true, value: def.children }
        : failed(ErrorCode.generalGetFailure, `${element}: ${parsed.path} has no _children`);
    return def.kind === 'array'
      ? { ok: true, value: String(this.count(parsed.path)) }
      : failed(
          ErrorCode.generalGetFailure,
          `${element}: ${parsed.path} is not an array, it has no _count`,
        );
  }

  private missingRecord(parsed: ParsedElement): GetOutcome | undefined {
    for (const step of parsed.steps) {
      const count = this.count(step.arrayPath);
      if (step.index >= count)
        return failed(
          ErrorCode.generalGetFailure,
          `${step.arrayPath}.${step.index} does not exist (${step.arrayPath}._count is ${count})`,
        );
    }
    return undefined;
  }

  /** Index gaps (351), hard maxima (351) and which field may create a record (408). */
  private checkRecords(
    element: string,
    parsed: ParsedElement,
    def: LeafDef,
  ): SetOutcome | undefined {
    for (const [depth, step] of parsed.steps.entries()) {
      const count = this.count(step.arrayPath);
      if (step.index > count)
        return failed(
          ErrorCode.generalSetFailure,
          `${element}: index ${step.index} skips records (${step.arrayPath}._count is ${count})`,
        );
      if (step.index < count) continue;
      const array = dataModel[step.arrayPattern] as ArrayDef;
      if (array.lmsRecords)
        return failed(
          ErrorCode.generalSetFailure,
          `${element}: ${step.arrayPath} records come from the LMS (_count is ${count})`,
        );
      if (
        array.createdBy !== undefined &&
        parsed.pattern !== `${step.arrayPattern}.${indexName(depth)}.${array.createdBy}`
      )
        return failed(
          ErrorCode.dependencyNotEstablished,
          `${element}: set ${step.arrayPath}.${step.index}.${array.createdBy} first to create the record`,
        );
      if (def.access === 'ro')
        return failed(ErrorCode.elementIsReadOnly, `${element} is read-only`);
      const type = this.values.get(`${interactionOf(parsed.path)}.type`);
      if (
        step.arrayPattern.endsWith('correct_responses') &&
        type !== undefined &&
        isInteractionType(type) &&
        singlePatternTypes.has(type) &&
        count >= 1
      )
        return failed(
          ErrorCode.generalSetFailure,
          `${element}: a ${type} interaction takes exactly one correct response`,
        );
      if (this.context.strictSpm && count >= array.spm)
        return failed(
          ErrorCode.generalSetFailure,
          `${element}: ${step.arrayPath} already holds its SPM of ${array.spm} records (strict SPM mode)`,
        );
    }
    return undefined;
  }

  /** Unique ids and patterns, and the write-once objective id (all 351). */
  private checkUniqueness(
    element: string,
    parsed: ParsedElement,
    def: LeafDef,
    value: string,
    type: string | undefined,
  ): SetOutcome | undefined {
    const current = this.values.get(parsed.path);
    const step = parsed.steps[parsed.steps.length - 1];
    const uniqueAmongSiblings =
      def.unique ||
      (def.type === 'pattern' &&
        type !== undefined &&
        isInteractionType(type) &&
        uniquePatternTypes.has(type));
    if (step && uniqueAmongSiblings && current !== value) {
      const field = parsed.path.slice(`${step.arrayPath}.${step.index}.`.length);
      for (let i = 0; i < this.count(step.arrayPath); i++)
        if (i !== step.index && this.values.get(`${step.arrayPath}.${i}.${field}`) === value)
          return failed(
            ErrorCode.generalSetFailure,
            `${element}: "${value}" is already used by ${step.arrayPath}.${i}.${field}`,
          );
    }
    if (def.writeOnce && current !== undefined && current !== value)
      return failed(
        ErrorCode.generalSetFailure,
        `${element} is already "${current}" and cannot be changed`,
      );
    return undefined;
  }

  private checkValue(
    parsed: ParsedElement,
    def: LeafDef,
    value: string,
    interactionType: string | undefined,
  ): Rejection | undefined {
    switch (def.type) {
      case 'characterstring':
        return undefined;
      case 'localized_string':
        return checkLocalizedString(value);
      case 'language':
        return value === '' ? undefined : checkLanguage(value);
      case 'long_identifier':
        return checkIdentifier(value);
      case 'real':
        return checkReal(value, def.range);
      case 'state':
        return checkVocabulary(value, def.vocabulary ?? []);
      case 'time':
        return checkTime(value);
      case 'timeinterval':
        return checkTimeInterval(value);
      case 'result':
        return isReal(value) ? undefined : checkVocabulary(value, def.vocabulary ?? []);
      case 'learner_response':
      case 'pattern': {
        if (interactionType === undefined || !isInteractionType(interactionType)) return undefined;
        return def.type === 'pattern'
          ? checkPattern(interactionType, value)
          : checkLearnerResponse(interactionType, value);
      }
      case 'nav_request':
        return this.checkNavRequest(value, def.vocabulary ?? [], parsed);
    }
  }

  private checkNavRequest(
    value: string,
    vocabulary: readonly string[],
    _parsed: ParsedElement,
  ): Rejection | undefined {
    const target = /^\{target=([^}]*)\}(choice|jump)$/.exec(value);
    if (!target) return checkVocabulary(value, vocabulary);
    if (target[2] === 'jump' && this.context.edition !== '4th')
      return { kind: 'type', why: 'jump requests exist only in the 4th edition' };
    const wrong = checkIdentifier(target[1] ?? '');
    return wrong && { kind: 'type', why: `navigation target: ${wrong.why}` };
  }

  private store(parsed: ParsedElement, def: LeafDef, value: string): void {
    this.createRecords(parsed);
    if (def.emptyIsUnset && value === '') this.values.delete(parsed.path);
    else this.values.set(parsed.path, value);
  }

  private createRecords(parsed: ParsedElement): void {
    for (const [depth, step] of parsed.steps.entries()) {
      if (step.index < this.count(step.arrayPath)) continue;
      this.counts.set(step.arrayPath, step.index + 1);
      this.createRecord(
        `${step.arrayPattern}.${indexName(depth)}.`,
        `${step.arrayPath}.${step.index}`,
      );
    }
  }

  /** A new record starts with the LMS defaults of its fields (objective statuses `unknown`). */
  private createRecord(prefix: string, recordPath: string): void {
    for (const [pattern, def] of Object.entries(dataModel)) {
      if (def.kind !== 'leaf' || def.initial === undefined || !pattern.startsWith(prefix)) continue;
      const field = pattern.slice(prefix.length);
      if (!field.includes('.')) this.values.set(`${recordPath}.${field}`, def.initial);
    }
  }
}
