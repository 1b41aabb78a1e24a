/**
 * Validators for the SCORM 2004 data types (scorm-runtime.md#types-2004). Each returns `undefined`
 * when the value is acceptable, otherwise why it is not; the engine turns that into 406 (format)
 * or 407 (range). SPMs are minima the LMS must support, so lengths beyond them are accepted.
 */
import { languageCodes } from './language-codes.ts';

export interface Rejection {
  kind: 'type' | 'range';
  why: string;
}

const type = (why: string): Rejection => ({ kind: 'type', why });
const range = (why: string): Rejection => ({ kind: 'range', why });

/** real(10,7): a plain decimal; `1e3`, `+5`, `NaN` are not (scorm-runtime.md#types-2004). */
const realPattern = /^-?(\d+(\.\d*)?|\.\d+)$/;

export interface Range {
  min?: number;
  max?: number;
}

export function checkReal(value: string, bounds: Range = {}): Rejection | undefined {
  if (!realPattern.test(value)) return type(`"${value}" is not a real number`);
  const n = Number(value);
  if (bounds.min !== undefined && n < bounds.min)
    return range(`${value} is below the minimum ${bounds.min}`);
  if (bounds.max !== undefined && n > bounds.max)
    return range(`${value} is above the maximum ${bounds.max}`);
  return undefined;
}

export function isReal(value: string): boolean {
  return realPattern.test(value);
}

/** RFC 3066 tag checked against ISO 639 primaries; `i-` and `x-` tags take any subtags. */
export function checkLanguage(value: string): Rejection | undefined {
  const [primary = '', ...subtags] = value.split('-');
  const lower = primary.toLowerCase();
  const knownPrimary =
    languageCodes.has(lower) || ((lower === 'i' || lower === 'x') && subtags.length > 0);
  if (!knownPrimary)
    return type(`"${value}" is not a language code (ISO 639 primary subtag expected)`);
  if (subtags.some((s) => !/^[A-Za-z0-9]{1,8}$/.test(s)))
    return type(`"${value}" has a subtag that is not 1-8 letters or digits`);
  return undefined;
}

const langPrefix = '{lang=';

/** Splits an optional `{lang=xx}` prefix; unknown `{...}` prefixes are literal text. */
export function splitLang(value: string): { lang?: string; text: string } {
  if (!value.startsWith(langPrefix)) return { text: value };
  const close = value.indexOf('}');
  if (close < 0) return { text: value };
  return { lang: value.slice(langPrefix.length, close), text: value.slice(close + 1) };
}

export function checkLocalizedString(value: string): Rejection | undefined {
  const { lang } = splitLang(value);
  if (lang === undefined) return undefined;
  const bad = checkLanguage(lang);
  return bad && type(`the {lang=${lang}} delimiter: ${bad.why}`);
}

const uriChars = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%\u00a0-\uffff]+$/;

/**
 * long_identifier_type / short_identifier_type: a URI reference (RFC 3986) with no whitespace,
 * brackets or braces; a `urn:` needs a namespace id and a namespace-specific string.
 */
export function checkIdentifier(value: string): Rejection | undefined {
  if (value === '') return type('an identifier cannot be empty');
  if (!uriChars.test(value)) return type(`"${value}" is not a URI (illegal character)`);
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) return type(`"${value}" has a malformed %-escape`);
  if (value.indexOf('#') !== value.lastIndexOf('#')) return type(`"${value}" has two fragments`);
  if (value.startsWith(':')) return type(`"${value}" has an empty URI scheme`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(value);
  if (scheme && scheme[2] === '') return type(`"${value}" has a scheme but nothing after it`);
  if (
    scheme &&
    scheme[1]?.toLowerCase() === 'urn' &&
    !/^[A-Za-z0-9][A-Za-z0-9-]{0,31}:.+$/.test(scheme[2] ?? '')
  )
    return type(`"${value}" is not urn:<NID>:<NSS>`);
  return undefined;
}

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

const timePattern =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,2}(Z|z|[+-]\d{2}(?::\d{2})?)?)?)?)?)?)?)?$/;

/** time(second,10,0): scorm-runtime.md#type-time (years 1970-2038, TZD only after a fraction). */
export function checkTime(value: string): Rejection | undefined {
  const m = timePattern.exec(value);
  if (!m)
    return type(`"${value}" is not an ISO 8601 timestamp YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]`);
  const [, y, mo, d, h, mi, s, tz] = m;
  const year = Number(y);
  if (year < 1970 || year > 2038) return type(`year ${y} is outside 1970-2038`);
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12))
    return type(`month ${mo} is not 01-12`);
  if (d !== undefined && (Number(d) < 1 || Number(d) > daysInMonth(year, Number(mo))))
    return type(`day ${d} does not exist in ${y}-${mo}`);
  if (h !== undefined && Number(h) > 23) return type(`hour ${h} is not 00-23`);
  if (mi !== undefined && Number(mi) > 59) return type(`minute ${mi} is not 00-59`);
  if (s !== undefined && Number(s) > 59) return type(`second ${s} is not 00-59`);
  if (tz !== undefined && tz.length > 1) {
    const [th = '', tm = '00'] = tz.slice(1).split(':');
    if (Number(th) > 23 || Number(tm) > 59) return type(`time zone ${tz} is out of range`);
  }
  return undefined;
}

const intervalPattern = /^P(?=.)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

/** timeinterval(second,10,2): scorm-runtime.md#type-timeinterval. */
export function checkTimeInterval(value: string): Rejection | undefined {
  return intervalPattern.test(value)
    ? undefined
    : type(`"${value}" is not an ISO 8601 duration P[nY][nM][nD][T[nH][nM][n[.nn]S]]`);
}

export function checkVocabulary(
  value: string,
  vocabulary: readonly string[],
): Rejection | undefined {
  return vocabulary.includes(value)
    ? undefined
    : type(`"${value}" is not one of ${vocabulary.join(', ')}`);
}
