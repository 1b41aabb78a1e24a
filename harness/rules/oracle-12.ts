/**
 * The SCORM 1.2 runtime's own answer to one call, asked of a fresh CmiStore so that nothing
 * about SCORM 1.2 is declared twice (ref: scorm-runtime.md#get-set-12-algorithm).
 */
import { CmiStore } from '../../runtime-1.2/cmi-store.ts';
import { checkType, checkTypes, type DataType } from '../../runtime-1.2/data-types.ts';
import { typesOf, type ElementSpec } from '../../runtime-1.2/data-model.ts';
import { instantiate, parseElementPath } from '../../runtime-1.2/element-path.ts';
import { Scorm12Error } from '../../runtime-1.2/error-codes.ts';
import { memoByName } from './name-memo.ts';
import { firstRecord, hasIndex, type FailureKind, type Oracle } from './verdict.ts';

const NUMERIC: ReadonlySet<DataType> = new Set(['CMIDecimal', 'CMIInteger', 'CMISInteger']);

/** Why a 405: a broken limit (range for numbers, length for strings), a vocabulary or a form. */
function typeKind(spec: ElementSpec, value: string): FailureKind {
  for (const type of typesOf(spec)) {
    const failure = checkType(type, value, spec.vocabulary, spec.range);
    if (failure?.kind === 'limit') return NUMERIC.has(type) ? 'range' : 'length';
  }
  return spec.vocabulary ? 'vocabulary' : 'type';
}

const KIND_OF_CODE: Readonly<Record<string, FailureKind>> = {
  [Scorm12Error.NotImplemented]: 'unknown',
  [Scorm12Error.InvalidSetValueKeyword]: 'keyword',
  [Scorm12Error.ElementIsReadOnly]: 'read-only',
  [Scorm12Error.ElementIsWriteOnly]: 'write-only',
  [Scorm12Error.ElementCannotHaveChildren]: 'keyword',
  [Scorm12Error.ElementNotAnArray]: 'keyword',
};

function elementSpec(element: string): ElementSpec | undefined {
  const spec = parseElementPath(element)?.spec;
  return spec?.kind === 'element' ? spec : undefined;
}

/** Types whose valid values all get one answer from an element of that type alone. */
const VALUE_ONLY: ReadonlySet<DataType> = new Set(['CMIString255', 'CMIString4096', 'CMITimespan']);
/** Per name: the type of a plain element of one VALUE_ONLY type, else null. */
const plainType = memoByName((element: string): DataType | null => {
  const spec = elementSpec(element);
  const types = spec && !spec.feedback && !spec.vocabulary ? typesOf(spec) : [];
  return types.length === 1 && VALUE_ONLY.has(types[0] as DataType) ? (types[0] as DataType) : null;
}, 10_000);

export const oracle12: Oracle = {
  set(element, value, lookup) {
    if (element === '')
      return { code: Scorm12Error.InvalidArgument, kind: 'empty', why: 'no element name' };
    const target = firstRecord(element);
    const store = new CmiStore();
    const path = parseElementPath(element);
    const feedback = path?.spec.kind === 'element' ? path.spec.feedback : undefined;
    if (path && feedback) {
      const type = lookup(instantiate(feedback.typeFrom, path.indexes));
      if (type !== undefined)
        store.write(firstRecord(instantiate(feedback.typeFrom, path.indexes)), type);
    }
    const outcome = store.set(target, value);
    if (outcome.ok) return { code: '0', why: '' };
    const spec = elementSpec(target);
    const kind =
      outcome.code === Scorm12Error.IncorrectDataType && spec
        ? typeKind(spec, value)
        : KIND_OF_CODE[outcome.code];
    return kind ? { code: outcome.code, kind, why: outcome.diagnostic } : undefined;
  },

  get(element) {
    if (element === '')
      return { code: Scorm12Error.InvalidArgument, kind: 'empty', why: 'no element name' };
    const outcome = new CmiStore().get(element);
    if (outcome.ok) return { code: '0', why: '' };
    // A fresh store has no records, so "no such record" says nothing about this session.
    if (outcome.code === Scorm12Error.InvalidArgument && hasIndex(element)) return undefined;
    const kind = KIND_OF_CODE[outcome.code];
    return kind ? { code: outcome.code, kind, why: outcome.diagnostic } : undefined;
  },

  holds(element, value, lookup) {
    const spec = elementSpec(element);
    if (!spec) return undefined;
    if (value === spec.initial) return true;
    if (spec.feedback) return this.set(element, value, lookup)?.code === '0';
    return checkTypes(typesOf(spec), value, spec.vocabulary, spec.range) === null;
  },

  initial(element) {
    return elementSpec(element)?.initial;
  },

  // A CMIString takes any characters up to its length, and every valid CMITimespan is alike
  // (ref: scorm-runtime.md#types-12): a heartbeat's session_time differs each time.
  valueKey(element, value) {
    const type = plainType(element);
    return type !== null && checkType(type, value) === null ? '' : value;
  },
};
