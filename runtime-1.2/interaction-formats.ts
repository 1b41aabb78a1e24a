/**
 * CMIFeedback formats of cmi.interactions.n.student_response and correct_responses.n.pattern, which
 * depend on the interaction's type (ref: scorm-runtime.md#interactions-12). The ADL 1.2 sample RTE
 * and Moodle check only the length; the strict check here is the spec's format, and the runtime's
 * `feedback: 'length'` option turns it off (see options.ts).
 */

const ITEM = '[0-9a-z]';
const list = (item: string) => `${item}(,${item})*`;
const pair = `${ITEM}\\.${ITEM}`;
// Length (255) is checked by the CMIFeedback type; these types add no format of their own.
const ANY = /^[\s\S]*$/;

interface Format {
  response: RegExp;
  pattern: RegExp;
  description: string;
}

const FORMATS: Readonly<Record<string, Format>> = {
  'true-false': {
    response: /^[01tf]$/,
    pattern: /^[01tf]$/,
    description: 'one of 0, 1, t, f',
  },
  // A correct-response pattern may wrap the list in {} meaning "all of these".
  choice: {
    response: new RegExp(`^${list(ITEM)}$`),
    pattern: new RegExp(`^(${list(ITEM)}|\\{${list(ITEM)}\\})$`),
    description: 'single characters 0-9 or a-z separated by commas',
  },
  'fill-in': { response: ANY, pattern: ANY, description: 'a string of at most 255 characters' },
  numeric: { response: /^-?\d+(\.\d+)?$/, pattern: /^-?\d+(\.\d+)?$/, description: 'a CMIDecimal' },
  likert: {
    response: /^[0-9a-z]$/,
    pattern: /^[0-9a-z]$/,
    description: 'one character 0-9 or a-z',
  },
  matching: {
    response: new RegExp(`^${list(pair)}$`),
    pattern: new RegExp(`^(${list(pair)}|\\{${list(pair)}\\})$`),
    description: 'source.target pairs of single characters separated by commas',
  },
  performance: { response: ANY, pattern: ANY, description: 'a string of at most 255 characters' },
  sequencing: {
    response: new RegExp(`^${list(ITEM)}$`),
    pattern: new RegExp(`^${list(ITEM)}$`),
    description: 'single characters 0-9 or a-z separated by commas, in order',
  },
};

/**
 * Why `value` is not a valid response (or correct-response pattern) for an interaction of
 * `interactionType`, or null when it is valid or the type is not known yet (1.2 has no rule that the
 * type be set first, so the format can only be checked once it is).
 */
export function feedbackFormatFailure(
  interactionType: string | undefined,
  value: string,
  role: 'response' | 'pattern',
): string | null {
  const format =
    interactionType !== undefined && Object.hasOwn(FORMATS, interactionType)
      ? FORMATS[interactionType]
      : undefined;
  if (!format || format[role].test(value)) return null;
  return `${JSON.stringify(value)} is not a ${interactionType} ${role}: expected ${format.description}`;
}
