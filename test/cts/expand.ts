/**
 * Expansion of one CTS command (`CALL->ARGS->EXPECTED RETURN->EXPECTED ERROR`) into the API call
 * the ADL test SCO makes and the result the ADL evaluator expects.
 *
 * The rules follow the ADL suite's parser token for token, including its quirks, because the
 * expected results were written against exactly those expansions:
 * - fields are split on `->` and trailing empty fields dropped (Java `String.split`);
 * - SetValue arguments are rebuilt from `~`-separated tokens by token count (2 to 6), each
 *   token looked up in the abbreviation table, the value too (`t` → `true`), except the index
 *   token of 4-token elements; `!` separates element and value;
 * - GetValue elements join every looked-up token with `.`; `adl.nav.request_valid.*` targets use
 *   `tar={target=%s}`; an interaction element may carry a type hint after `!`;
 * - an expected GetValue value is looked up too, unless the table maps it to "" (`es`), in which
 *   case the literal is expected; GetErrorString/GetDiagnostic/GetLastError values stay literal;
 * - `&id&` inside an element is resolved at replay time to the index of that shared-data or
 *   objective id;
 * - the expected value of any learner_id / learner_name read is the learner the LMS was given.
 */
import type { Abbreviations } from './abbreviations.ts';

export type ApiFunction =
  | 'Initialize'
  | 'Terminate'
  | 'GetValue'
  | 'SetValue'
  | 'Commit'
  | 'GetLastError'
  | 'GetErrorString'
  | 'GetDiagnostic';

export interface IdLookup {
  /** `data` searches adl.data.n.id, `objective` cmi.objectives.n.id. */
  kind: 'data' | 'objective';
  id: string;
}

export interface ExpandedCommand {
  fn: ApiFunction;
  /** First argument as the ADL SCO passes it; contains `&id&` when `lookup` is set. */
  target: string;
  /** SetValue's value. */
  value: string;
  lookup?: IdLookup;
  expected: {
    /** Expected return value; `learner` replaces it by the learner the LMS was given. */
    value: string;
    error: string;
    learner?: 'id' | 'name';
  };
  /** Interaction type named after `!` in a GetValue of `cmi.interactions…`. */
  interactionType?: string;
}

const FUNCTIONS: Record<string, ApiFunction> = {
  doInitialize: 'Initialize',
  doTerminate: 'Terminate',
  doGetValue: 'GetValue',
  doSetValue: 'SetValue',
  doCommit: 'Commit',
  doGetLastError: 'GetLastError',
  doGetErrorString: 'GetErrorString',
  doGetDiagnostic: 'GetDiagnostic',
};

/** Java's `String.split` with a literal separator: trailing empty strings are dropped. */
export function javaSplit(s: string, separator: string): string[] {
  const parts = s.split(separator);
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 1 && parts[0] === '' && s !== '') return [];
  return parts;
}

/** Call codes the ADL parser silently skips: anything that is not an API call or `COI`. */
export function isIgnoredCall(raw: string, abbr: Abbreviations): boolean {
  const call = javaSplit(raw, '->')[0] ?? '';
  return call !== 'COI' && FUNCTIONS[abbr.lookup(call)] === undefined;
}

export function expandCommand(raw: string, abbr: Abbreviations): ExpandedCommand {
  const fields = javaSplit(raw, '->');
  const call = fields[0] ?? '';
  const fn = FUNCTIONS[abbr.lookup(call)];
  if (fn === undefined) throw new SyntaxError(`unsupported command "${call}"`);
  const field = (i: number): string => fields[i] ?? '';
  const last = field(fields.length - 1);

  const { param, expectedValue, interactionType } = parseFields(call, fields, abbr);
  const error = call === 'GES' || call === 'GeDi' || call === 'GLE' ? field(3) : last;

  const bang = param.indexOf('!');
  const target = bang < 0 ? param : param.slice(0, bang);
  const value = bang < 0 ? '' : param.slice(bang + 1);
  const expanded: ExpandedCommand = {
    fn,
    target,
    value,
    expected: { value: expectedValue, error },
  };
  const lookup = idLookup(target);
  if (lookup) expanded.lookup = lookup;
  if (interactionType !== undefined) expanded.interactionType = interactionType;
  const key = field(1);
  if (call !== 'SET' && (key.includes('LN') || key.includes('LI'))) {
    expanded.expected.learner = key.includes('LN') ? 'name' : 'id';
  }
  return expanded;
}

interface ParsedFields {
  param: string;
  expectedValue: string;
  interactionType?: string;
}

function parseFields(call: string, fields: string[], abbr: Abbreviations): ParsedFields {
  const field = (i: number): string => fields[i] ?? '';
  switch (call) {
    case 'SET':
      return {
        param: expandSetParams(field(1), abbr),
        expectedValue: abbr.lookup(middleField(fields)),
      };
    case 'GET':
    case 'I':
    case 'C': {
      const literal = middleField(fields);
      const expectedValue = abbr.isEmptyValue(literal) ? literal : abbr.lookup(literal);
      return { ...expandGetParams(field(1), abbr), expectedValue };
    }
    case 'GES':
    case 'GeDi':
      return { param: field(1), expectedValue: field(2) };
    case 'GLE':
      return { param: '', expectedValue: field(2) };
    default:
      throw new SyntaxError(`unsupported command "${call}"`);
  }
}

/** The last field between the arguments and the error code (ADL keeps the last one seen). */
function middleField(fields: string[]): string {
  return fields.length > 3 ? (fields[fields.length - 2] ?? '') : '';
}

function finalSplit(token: string): [string, string] {
  const bang = token.indexOf('!');
  if (bang < 0) throw new SyntaxError(`SetValue argument "${token}" has no "!"`);
  return [token.slice(0, bang), token.slice(bang + 1)];
}

function expandSetParams(key: string, abbr: Abbreviations): string {
  const t = javaSplit(key, '~');
  const L = (k: string | undefined, arg?: string): string => abbr.lookup(k ?? '', arg);
  const head = L(t[0]);
  const leafAndValue = (): string => {
    const [leaf, value] = finalSplit(t[t.length - 1] ?? '');
    return `${L(leaf)}!${L(value)}`;
  };
  switch (t.length) {
    case 2:
      return `${head}.${leafAndValue()}`;
    case 3:
      return `${head}.${L(t[1])}.${leafAndValue()}`;
    case 4:
      return `${head}.${L(t[1])}.${t[2]}.${leafAndValue()}`;
    case 5: {
      if (key.includes('a~n~r')) {
        const [request, target] = javaSplit(t[2] ?? '', '!');
        return `${head}.${L(t[1])}.${L(request)}!${L(target, t[3])}${L(t[4])}`;
      }
      const [leaf, value] = javaSplit(t[4] ?? '', '!');
      if (value === undefined) throw new SyntaxError(`SetValue "${key}" has an empty value`);
      return `${head}.${L(t[1])}.${L(t[2])}.${L(t[3])}.${L(leaf)}!${L(value)}`;
    }
    case 6:
      return `${head}.${L(t[1])}.${L(t[2])}.${L(t[3])}.${L(t[4])}.${leafAndValue()}`;
    default:
      return head;
  }
}

function expandGetParams(
  key: string,
  abbr: Abbreviations,
): { param: string; interactionType?: string } {
  if (!key.includes('~')) return { param: key };
  const t = javaSplit(key, '~');
  let interactionType: string | undefined;
  if (t[1] === 'INTR' && key.includes('!')) {
    for (let i = 0; i < t.length; i++) {
      const token = t[i] ?? '';
      if (!token.includes('!')) continue;
      const [name, type] = javaSplit(token, '!');
      interactionType = abbr.lookup(type ?? '');
      t[i] = name ?? '';
    }
  }
  const looked = t.map((token) => abbr.lookup(token));
  if (t.length === 6 && key.includes('a~n~r')) {
    looked[4] = abbr.lookup(t[4] ?? '', t[5]);
    looked.pop();
  }
  const result: { param: string; interactionType?: string } = { param: looked.join('.') };
  if (interactionType !== undefined) result.interactionType = interactionType;
  return result;
}

function idLookup(target: string): IdLookup | undefined {
  if (!target.includes('&')) return undefined;
  const [prefix = '', id = ''] = target.split('&');
  if (prefix.includes('data')) return { kind: 'data', id };
  if (prefix.includes('objective')) return { kind: 'objective', id };
  return undefined;
}
