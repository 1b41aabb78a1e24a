/**
 * The SCORM 2004 runtime's own answer to one call, asked of a fresh DataModelEngine whose array
 * records are created first, so that nothing about SCORM 2004 is declared twice
 * (ref: scorm-runtime.md#setvalue-2004-algorithm, #getvalue-2004-algorithm).
 */
import { DataModelEngine, type EngineContext } from '../../runtime-2004/data-model-engine.ts';
import { dataModel, spmFor, type ArrayDef } from '../../runtime-2004/data-model.ts';
import { indexName, parseElement, type ParsedElement } from '../../runtime-2004/element-path.ts';
import { ErrorCode } from '../../runtime-2004/error-codes.ts';
import type { Edition } from '../../runtime-2004/types.ts';
import { checkTimeInterval, isReal } from '../../runtime-2004/value-types.ts';
import { memoByName } from './name-memo.ts';
import { firstRecord, type FailureKind, type Oracle } from './verdict.ts';

const SEED = 'urn:scorm-harness:seed';
const interactionOf = (element: string) => /^cmi\.interactions\.\d+/.exec(element)?.[0];

const open = { read: true, write: true };
const sharedDataAccess = () => open;
const evaluated = () => undefined;
/** One context per edition, built once: an engine per call is cheap, new closures are not. */
const contexts = new Map<Edition, EngineContext>();

function freshEngine(edition: Edition): DataModelEngine {
  let context = contexts.get(edition);
  if (!context) {
    context = { edition, strictSpm: false, sharedDataAccess, evaluated };
    contexts.set(edition, context);
  }
  return new DataModelEngine(context);
}

/** The field that must exist before record 0 of an array can take `parsed`'s field. */
function seedField(parsed: ParsedElement, depth: number): string | undefined {
  const step = parsed.steps[depth];
  if (!step) return undefined;
  const array = dataModel[step.arrayPattern] as ArrayDef;
  const prefix = `${step.arrayPattern}.${indexName(depth)}.`;
  const field =
    array.createdBy ??
    (array.lmsRecords
      ? Object.keys(dataModel)
          .find((p) => p.startsWith(prefix))
          ?.slice(prefix.length)
      : undefined);
  const innermost = depth === parsed.steps.length - 1;
  if (innermost && (field === undefined || parsed.pattern === prefix + field)) return undefined;
  return field;
}

function createRecords(engine: DataModelEngine, parsed: ParsedElement): void {
  parsed.steps.forEach((step, depth) => {
    const field = seedField(parsed, depth);
    if (field !== undefined) engine.put(`${step.arrayPath}.0.${field}`, SEED);
  });
}

function setKind(
  code: string,
  parsed: ParsedElement | undefined,
  value: string,
): FailureKind | undefined {
  if (code === ErrorCode.undefinedElement) return 'unknown';
  if (code === ErrorCode.elementIsReadOnly) return parsed?.keyword ? 'keyword' : 'read-only';
  if (code === ErrorCode.valueOutOfRange) return 'range';
  if (code !== ErrorCode.typeMismatch || parsed?.def.kind !== 'leaf') return undefined;
  const { type } = parsed.def;
  const vocabulary =
    type === 'state' || type === 'nav_request' || (type === 'result' && !isReal(value));
  return vocabulary ? 'vocabulary' : 'type';
}

/** Parsed names kept per oracle: most traces name a few dozen elements thousands of times. */
const MAX_PARSED = 10_000;

export function oracle2004(edition: Edition): Oracle {
  const parse = memoByName(
    (name): ParsedElement | undefined => parseElement(name, edition),
    MAX_PARSED,
  );
  /**
   * Per name, for a plain element (its answer depends on the value alone): the SPM of a
   * characterstring (Infinity without one), 'interval' for a timeinterval; else null.
   */
  const plainKind = memoByName((name): number | 'interval' | null => {
    const def = parse(firstRecord(name))?.def;
    const plain = def?.kind === 'leaf' && !def.unique && !def.writeOnce && !def.needsType;
    if (plain && def.type === 'characterstring') return spmFor(def, edition) ?? Infinity;
    if (plain && def.type === 'timeinterval') return 'interval';
    return null;
  }, MAX_PARSED);
  const oracle: Oracle = {
    set(element, value, lookup) {
      if (element === '')
        return { code: ErrorCode.generalSetFailure, kind: 'empty', why: 'no element name' };
      const target = firstRecord(element);
      const parsed = parse(target);
      const engine = freshEngine(edition);
      if (parsed) createRecords(engine, parsed);
      if (parsed?.def.kind === 'leaf' && parsed.def.needsType) {
        const type = lookup(`${interactionOf(element) ?? ''}.type`);
        if (type === undefined) return undefined;
        engine.put('cmi.interactions.0.type', type);
      }
      const outcome = engine.set(target, value);
      if (outcome.ok)
        return { code: '0', why: outcome.note ?? '', overSpm: outcome.note !== undefined };
      const kind = setKind(outcome.code, parsed, value);
      return kind ? { code: outcome.code, kind, why: outcome.diagnostic } : undefined;
    },

    get(element) {
      if (element === '')
        return { code: ErrorCode.generalGetFailure, kind: 'empty', why: 'no element name' };
      const parsed = parse(element);
      const engine = freshEngine(edition);
      if (!parsed)
        return {
          code: ErrorCode.undefinedElement,
          kind: 'unknown',
          why: `${element} is not a data model element`,
        };
      if (parsed.keyword && parsed.steps.length > 0) return undefined;
      const target = parsed.keyword ? element : firstRecord(element);
      if (!parsed.keyword) engine.put(target, SEED);
      const outcome = engine.get(target);
      if (outcome.ok) return { code: '0', why: '' };
      if (outcome.code === ErrorCode.elementIsWriteOnly)
        return { code: outcome.code, kind: 'write-only', why: outcome.diagnostic };
      if (outcome.code === ErrorCode.generalGetFailure && parsed.keyword)
        return { code: outcome.code, kind: 'keyword', why: outcome.diagnostic };
      return undefined;
    },

    holds(element, value, lookup) {
      const parsed = parse(element);
      if (parsed?.def.kind !== 'leaf' || parsed.keyword) return undefined;
      if (value === parsed.def.initial) return true;
      // Read-only values come from the LMS; the engine only validates what a SCO may set.
      if (parsed.def.access !== 'rw') return undefined;
      const verdict = this.set(element, value, lookup);
      return verdict === undefined ? undefined : verdict.code === '0';
    },

    initial(element) {
      const parsed = parse(element);
      return parsed?.def.kind === 'leaf' && !parsed.keyword ? parsed.def.initial : undefined;
    },

    // A characterstring is any string (ref: scorm-runtime.md#types-2004): only a length over the
    // SPM changes the answer, and that answer's note names the length. Every valid timeinterval
    // gets the same answer (ref: scorm-runtime.md#type-timeinterval): a heartbeat's session_time
    // differs each time, and would otherwise cost a fresh engine per call.
    valueKey(element, value) {
      const kind = plainKind(element);
      if (kind === 'interval') return checkTimeInterval(value) === undefined ? '' : value;
      return kind !== null && value.length <= kind ? '' : value;
    },
  };
  return oracle;
}
