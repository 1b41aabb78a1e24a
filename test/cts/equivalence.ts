/**
 * When the ADL evaluator compares a GetValue result by type instead of by characters.
 *
 * ADL loads the expected value into its own data model element and asks the element's type
 * whether the LMS's value is equal: reals agree to 6 decimals, durations by their number of
 * seconds, timestamps to the second, language tags without regard to case, `_children` lists as
 * sets. Localized strings and interaction responses are compared by their leading delimiters
 * (`{lang=…}`, `{case_matters=…}`, `{order_matters=…}`, in any order, an absent one equal to its
 * default) and then by the rest (choice responses as sets). Values equal as strings are always
 * equivalent.
 */

const REAL =
  /(?:^|\.)(?:scaled|raw|min|max|progress_measure|completion_threshold|scaled_passing_score|weighting|audio_level|delivery_speed)$/;
const DURATION = /(?:^|\.)(?:total_time|max_time_allowed|latency)$/;
const TIMESTAMP = /\.timestamp$/;
const LOCALIZED = /(?:^cmi\.learner_name|\.comment|\.description)$/;
const LANGUAGE = /\.learner_preference\.language$/;
const RESULT = /^cmi\.interactions\.\d+\.result$/;
const RESPONSE = /^cmi\.interactions\.\d+\.(?:learner_response|correct_responses\.\d+\.pattern)$/;

export function equivalentValues(
  element: string,
  expected: string,
  actual: string,
  interactionType?: string,
): boolean {
  if (expected === actual) return true;
  if (element.endsWith('._children')) return sameSet(expected.split(','), actual.split(','));
  if (REAL.test(element) || RESULT.test(element)) return sameReal(expected, actual);
  if (DURATION.test(element)) return sameDuration(expected, actual);
  if (TIMESTAMP.test(element)) return sameSecond(expected, actual);
  if (LANGUAGE.test(element)) return expected.toLowerCase() === actual.toLowerCase();
  if (LOCALIZED.test(element) || RESPONSE.test(element)) {
    const x = splitDelimiters(expected);
    const y = splitDelimiters(actual);
    if (!sameDelimiters(x.delimiters, y.delimiters)) return false;
    if (x.rest === y.rest) return true;
    return interactionType === 'choice' && sameSet(x.rest.split('[,]'), y.rest.split('[,]'));
  }
  return false;
}

const DELIMITER_DEFAULTS: Record<string, string> = {
  lang: 'en',
  case_matters: 'false',
  order_matters: 'true',
};

function splitDelimiters(value: string): { delimiters: Map<string, string>; rest: string } {
  const delimiters = new Map<string, string>();
  let rest = value;
  for (let m = /^\{(lang|case_matters|order_matters)=([^}]*)\}/.exec(rest); m;) {
    delimiters.set(m[1] ?? '', m[2] ?? '');
    rest = rest.slice(m[0].length);
    m = /^\{(lang|case_matters|order_matters)=([^}]*)\}/.exec(rest);
  }
  return { delimiters, rest };
}

function sameDelimiters(a: Map<string, string>, b: Map<string, string>): boolean {
  return Object.entries(DELIMITER_DEFAULTS).every(([name, fallback]) => {
    const x = a.get(name) ?? fallback;
    const y = b.get(name) ?? fallback;
    return name === 'lang' ? x.toLowerCase() === y.toLowerCase() : x === y;
  });
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** Equal when truncated, or else rounded, to 6 decimals (ADL RealRangeValidator.compare). */
function sameReal(a: string, b: string): boolean {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(a.trim())) return false;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(b.trim())) return false;
  const x = Number(a);
  const y = Number(b);
  return (
    Math.floor(x * 1e6) / 1e6 === Math.floor(y * 1e6) / 1e6 ||
    Math.round(x * 1e6) / 1e6 === Math.round(y * 1e6) / 1e6
  );
}

const DURATION_PATTERN =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Seconds in an ISO 8601 duration, with ADL's fixed year (365 d) and month (30 d) lengths. */
export function durationSeconds(value: string): number | undefined {
  const m = DURATION_PATTERN.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  return (
    (y ?? 0) * 31536000 +
    (mo ?? 0) * 2592000 +
    (d ?? 0) * 86400 +
    (h ?? 0) * 3600 +
    (mi ?? 0) * 60 +
    (s ?? 0)
  );
}

function sameDuration(a: string, b: string): boolean {
  const x = durationSeconds(a);
  const y = durationSeconds(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) < 1e-9;
}

function sameSecond(a: string, b: string): boolean {
  const x = Date.parse(a);
  const y = Date.parse(b);
  return Number.isFinite(x) && Number.isFinite(y) && Math.floor(x / 1000) === Math.floor(y / 1000);
}
