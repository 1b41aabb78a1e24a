/**
 * `cmi.interactions.n.learner_response` and `correct_responses.m.pattern` formats for every
 * interaction type (scorm-runtime.md#interactions-2004). Reserved delimiters: `[,]` between list
 * items, `[.]` inside a pair or record, `[:]` between range bounds. Counts given by the spec (36
 * choices, 10 fill-in strings, 125 performance records, ...) are SPMs, so longer lists are accepted.
 */
import {
  checkIdentifier,
  checkLanguage,
  checkLocalizedString,
  checkReal,
  isReal,
  type Rejection,
} from './value-types.ts';

export const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
] as const;

export type InteractionType = (typeof interactionTypes)[number];

export const isInteractionType = (value: string): value is InteractionType =>
  (interactionTypes as readonly string[]).includes(value);

/** Types that take exactly one correct response; a second one is 351 (scorm-runtime.md#arrays). */
export const singlePatternTypes: ReadonlySet<InteractionType> = new Set([
  'true-false',
  'likert',
  'numeric',
  'other',
]);

/** Types whose correct-response patterns must differ from each other (351 otherwise). */
export const uniquePatternTypes: ReadonlySet<InteractionType> = new Set(['choice', 'sequencing']);

const bad = (why: string): Rejection => ({ kind: 'type', why });
const items = (value: string) => value.split('[,]');

function checkIdentifierList(value: string, what: string, unique: boolean): Rejection | undefined {
  const seen = new Set<string>();
  for (const item of items(value)) {
    const wrong = checkIdentifier(item);
    if (wrong) return bad(`${what} "${item}": ${wrong.why}`);
    if (unique && seen.has(item)) return bad(`${what} "${item}" appears twice`);
    seen.add(item);
  }
  return undefined;
}

function checkPairs(value: string): Rejection | undefined {
  for (const pair of items(value)) {
    const sides = pair.split('[.]');
    if (sides.length !== 2) return bad(`matching pair "${pair}" needs exactly one [.]`);
    for (const side of sides) {
      const wrong = checkIdentifier(side);
      if (wrong) return bad(`matching pair "${pair}": ${wrong.why}`);
    }
  }
  return undefined;
}

function checkNumericRange(value: string): Rejection | undefined {
  const bounds = value.split('[:]');
  if (bounds.length !== 2) return bad(`"${value}" is not a range min[:]max`);
  const [min = '', max = ''] = bounds;
  for (const bound of [min, max])
    if (bound !== '' && !isReal(bound)) return bad(`range bound "${bound}" is not a real number`);
  if (min !== '' && max !== '' && Number(min) > Number(max))
    return bad(`range ${value} has min above max`);
  return undefined;
}

function checkPerformance(value: string, isPattern: boolean): Rejection | undefined {
  for (const record of items(value)) {
    const parts = record.split('[.]');
    if (parts.length !== 2) return bad(`performance record "${record}" needs exactly one [.]`);
    const [name = '', answer = ''] = parts;
    if (name === '' && answer === '')
      return bad(`performance record "${record}" has neither step name nor answer`);
    if (name !== '') {
      const wrong = checkIdentifier(name);
      if (wrong) return bad(`step name "${name}": ${wrong.why}`);
    }
    if (isPattern && answer.includes('[:]')) {
      const wrong = checkNumericRange(answer);
      if (wrong) return wrong;
    }
  }
  return undefined;
}

function checkLocalizedList(value: string): Rejection | undefined {
  for (const item of items(value)) {
    const wrong = checkLocalizedString(item);
    if (wrong) return wrong;
  }
  return undefined;
}

const booleanDelimiter = /^\{(case_matters|order_matters)=([^}]*)\}/;

/** Strips the leading `{case_matters=..}` / `{order_matters=..}` delimiters a pattern allows. */
function stripFlags(
  value: string,
  allowed: readonly string[],
): { rest: string; error?: Rejection } {
  let rest = value;
  const seen = new Set<string>();
  for (let m = booleanDelimiter.exec(rest); m; m = booleanDelimiter.exec(rest)) {
    const [whole, name = '', flag = ''] = m;
    if (!allowed.includes(name) || seen.has(name)) return { rest };
    if (flag !== 'true' && flag !== 'false')
      return { rest, error: bad(`{${name}=${flag}} must be true or false`) };
    seen.add(name);
    rest = rest.slice(whole.length);
  }
  return { rest };
}

export function checkLearnerResponse(type: InteractionType, value: string): Rejection | undefined {
  switch (type) {
    case 'true-false':
      return value === 'true' || value === 'false'
        ? undefined
        : bad(`"${value}" is not true or false`);
    case 'choice':
      return value === '' ? undefined : checkIdentifierList(value, 'choice', true);
    case 'fill-in':
      return checkLocalizedList(value);
    case 'long-fill-in':
      return checkLocalizedString(value);
    case 'matching':
      return value === '' ? undefined : checkPairs(value);
    case 'performance':
      return value === ''
        ? bad('a performance response cannot be empty')
        : checkPerformance(value, false);
    case 'sequencing':
      return checkIdentifierList(value, 'sequencing item', false);
    case 'likert': {
      const wrong = checkIdentifier(value);
      return wrong && bad(`likert answer: ${wrong.why}`);
    }
    case 'numeric':
      return checkReal(value);
    case 'other':
      return undefined;
  }
}

export function checkPattern(type: InteractionType, value: string): Rejection | undefined {
  switch (type) {
    case 'fill-in': {
      const { rest, error } = stripFlags(value, ['case_matters', 'order_matters']);
      return error ?? checkLocalizedList(rest);
    }
    case 'long-fill-in': {
      const { rest, error } = stripFlags(value, ['case_matters']);
      if (error) return error;
      const langFirst = /^\{lang=([^}]*)\}/.exec(rest);
      if (!langFirst) return checkLocalizedString(rest);
      const wrong = checkLanguage(langFirst[1] ?? '');
      if (wrong) return bad(`{lang=${langFirst[1]}}: ${wrong.why}`);
      return stripFlags(rest.slice(langFirst[0].length), ['case_matters']).error;
    }
    case 'matching':
      return value === '' ? bad('a matching pattern cannot be empty') : checkPairs(value);
    case 'performance': {
      const { rest, error } = stripFlags(value, ['order_matters']);
      if (error) return error;
      return rest === ''
        ? bad('a performance pattern cannot be empty')
        : checkPerformance(rest, true);
    }
    case 'numeric':
      return checkNumericRange(value);
    default:
      return checkLearnerResponse(type, value);
  }
}
