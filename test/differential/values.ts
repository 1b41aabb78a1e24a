// Value pools for the differential generator. Every value carries a kind, the class the
// known-divergence file matches on (a difference is explained per element + kind of value).
// Invalid and boundary values are drawn from the reference's type sections (§4, §5, §9).

export const VALUE_KINDS = [
  'valid',
  'boundary',
  'empty',
  'too-long',
  'out-of-range',
  'bad-format',
  'bad-vocab',
  'wrong-version',
  'non-string',
  'missing',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export interface Value {
  value: unknown;
  kind: ValueKind;
}
export type Pool = readonly Value[];

const of = (kind: ValueKind, ...values: unknown[]): Value[] =>
  values.map((value) => ({ value, kind }));
const chars = (n: number, c = 'x') => c.repeat(n);

/** Vocabulary pool: valid tokens plus case/typo variants and tokens of the other version. */
function vocab(valid: string[], bad: string[], wrongVersion: string[] = []): Pool {
  return [
    ...of('valid', ...valid),
    ...of('bad-vocab', ...bad),
    ...of('wrong-version', ...wrongVersion),
  ];
}

export const pools12 = {
  identifier: [
    ...of('valid', 'obj-1', 'q_2', 'urn:x:1', 'A'),
    ...of('boundary', chars(255, 'i')),
    ...of('too-long', chars(256, 'i')),
    ...of('bad-format', 'has space'),
    ...of('empty', ''),
    ...of('non-string', 42),
  ],
  string255: [
    ...of('valid', 'page-3', 'Chapter 2, page 4', 'ünïcode ✓'),
    ...of('boundary', chars(255)),
    ...of('empty', ''),
    ...of('too-long', chars(256)),
    ...of('non-string', 7),
  ],
  string4096: [
    ...of('valid', '{"s":"abc","p":[1,2,3]}', chars(1000, 'd')),
    ...of('boundary', chars(4096, 'd')),
    ...of('empty', ''),
    ...of('too-long', chars(4097, 'd'), chars(64000, 'd')),
  ],
  score: [
    ...of('valid', '0', '85', '100', '72.5', '0.0'),
    ...of('empty', ''),
    ...of('out-of-range', '101', '-1', '100.01'),
    ...of('bad-format', 'abc', '1e2', '+5', '85%', '.5'),
    ...of('non-string', 85, 99.5),
  ],
  decimal: [
    ...of('valid', '1', '-2.5', '0', '100'),
    ...of('out-of-range', '101', '-101'),
    ...of('bad-format', 'one', '1,5'),
    ...of('empty', ''),
    ...of('non-string', 3),
  ],
  audio: [
    ...of('valid', '-1', '0', '50', '100'),
    ...of('out-of-range', '101', '-2'),
    ...of('bad-format', '1.5', 'loud'),
    ...of('empty', ''),
    ...of('non-string', 10),
  ],
  speed: [
    ...of('valid', '-100', '0', '100', '25'),
    ...of('out-of-range', '101', '-101'),
    ...of('bad-format', 'fast', '2.5'),
    ...of('empty', ''),
  ],
  text: [
    ...of('valid', '-1', '0', '1'),
    ...of('out-of-range', '2', '-2'),
    ...of('bad-format', 'on'),
    ...of('empty', ''),
  ],
  timespan: [
    ...of('valid', '00:00:30', '0001:02:03.5', '12:34:56.78', '9999:59:59.99'),
    ...of('wrong-version', 'PT1M30S'),
    ...of('bad-format', '1:00:00', '00:00:00.123', 'abc', '10000:00:00'),
    ...of('empty', ''),
  ],
  time: [
    ...of('valid', '09:15:00', '23:59:59.99', '00:00:00'),
    ...of('wrong-version', '2004-04-01T09:15:00'),
    ...of('bad-format', '24:00:00', '9:15', '12:60:00'),
    ...of('empty', ''),
  ],
  status: vocab(
    ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
    ['Passed', 'done', '', 'not attempted'],
    ['unknown'],
  ),
  objectiveStatus: vocab(
    ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
    ['Passed', ''],
    ['unknown'],
  ),
  exit: vocab(['time-out', 'suspend', 'logout', ''], ['Suspend', 'quit'], ['normal']),
  interactionType: vocab(
    [
      'true-false',
      'choice',
      'fill-in',
      'matching',
      'performance',
      'sequencing',
      'likert',
      'numeric',
    ],
    ['TRUE-FALSE', ''],
    ['long-fill-in', 'other'],
  ),
  feedback: [
    ...of('valid', 't', 'a,c', '{a,b}', '1.a,2.c', 'photosynthesis', '2.5'),
    ...of('boundary', chars(255, 'f')),
    ...of('too-long', chars(256, 'f')),
    ...of('empty', ''),
  ],
  result: [
    ...of('valid', 'correct', 'wrong', 'unanticipated', 'neutral', '0.5'),
    ...of('wrong-version', 'incorrect'),
    ...of('bad-vocab', 'right', ''),
  ],
  readOnly: [...of('valid', 'x', 'credit', '00:00:00'), ...of('empty', '')],
} satisfies Record<string, Pool>;

export type Pool12 = keyof typeof pools12;

const real = (valid: string[], outOfRange: string[]): Pool => [
  ...of('valid', ...valid),
  ...of('out-of-range', ...outOfRange),
  ...of('bad-format', 'abc', '1e3', '+5', 'NaN', '1,5'),
  ...of('empty', ''),
  ...of('non-string', 0.5),
];

export const pools2004 = {
  characterstring250: [
    ...of('valid', 'page-3', 'ünïcode ✓', '{lang=en}x'),
    ...of('boundary', chars(250)),
    ...of('too-long', chars(251)),
    ...of('empty', ''),
  ],
  characterstring1000: [
    ...of('valid', 'page-3', 'chapter 2 / page 4'),
    ...of('boundary', chars(1000)),
    ...of('too-long', chars(1001)),
    ...of('empty', ''),
    ...of('non-string', 3),
  ],
  suspendData: [
    ...of('valid', '{"s":"abc"}', chars(4000, 'd')),
    ...of('boundary', chars(64000, 'd')),
    ...of('too-long', chars(64001, 'd')),
    ...of('empty', ''),
  ],
  localized250: [
    ...of('valid', 'plain text', '{lang=en}Hello', '{lang=de-CH}Grüezi'),
    ...of('bad-format', '{lang=}x', '{lang=frl}x'),
    ...of('too-long', chars(251)),
    ...of('empty', ''),
  ],
  localized4000: [
    ...of('valid', 'Great course', '{lang=fr}Très bien'),
    ...of('boundary', chars(4000)),
    ...of('bad-format', '{lang=}x', '{lang=sp}x'),
    ...of('too-long', chars(4001)),
    ...of('empty', ''),
  ],
  language: [
    ...of('valid', 'en', 'en-US', 'eng', 'zh-hant', 'x-klingon'),
    ...of('empty', ''),
    ...of('bad-format', 'frl', 'sp', 'english', 'en_US'),
  ],
  identifier: [
    ...of('valid', 'obj-1', 'urn:scorm:obj:1', 'http://example.com/q1', 'MYID01'),
    ...of('empty', ''),
    ...of('bad-format', 'has space', 'urn:'),
    ...of('too-long', chars(4001, 'i')),
    ...of('non-string', 7),
  ],
  scaled: real(['-1', '0', '0.85', '1', '1.0', '-0.5'], ['1.0000001', '-2', '1.9']),
  unitInterval: real(['0', '0.5', '1', '0.75'], ['-0.1', '1.1', '-1']),
  nonNegative: real(['0', '1', '100.0', '50.000099999887765544'], ['-1.0', '-0.01']),
  anyReal: real(['85', '-3.5', '1000000', '7.000099999887765544', '0'], []),
  completion: vocab(
    ['completed', 'incomplete', 'not attempted', 'unknown'],
    ['Completed', ''],
    ['passed'],
  ),
  success: vocab(['passed', 'failed', 'unknown'], ['Passed', ''], ['completed']),
  exit: vocab(['time-out', 'suspend', 'logout', 'normal', ''], ['Suspend', 'illegal_state']),
  captioning: [...of('valid', '-1', '0', '1'), ...of('bad-vocab', '2', 'on', '')],
  navRequest: vocab(
    [
      'continue',
      'previous',
      'exit',
      'exitAll',
      'abandon',
      'abandonAll',
      'suspendAll',
      '_none_',
      '{target=sco2}choice',
      '{target=sco2}jump',
    ],
    ['choice', 'next', '{target=}choice', ''],
  ),
  time: [
    ...of('valid', '2004', '2004-04-01', '2004-04-01T09:45:58', '2024-06-30T14:00:00.10+00'),
    ...of('boundary', '2038-01-19T03:14:07.99Z', '1970-01-01'),
    ...of(
      'bad-format',
      '1969',
      '2039',
      '2004-02-30',
      '2004-04-01T09:45:58Z',
      '2004-04-01T09:45:58.123',
    ),
    ...of('wrong-version', '09:45:58'),
    ...of('empty', ''),
  ],
  timeinterval: [
    ...of('valid', 'PT1M', 'PT1H30M5.25S', 'P1Y6M14DT4H15M6.34S', 'PT0S', 'P29D'),
    ...of('bad-format', 'P', 'PT', 'P1W', 'PT1.123S', '-PT1M'),
    ...of('wrong-version', '00:01:00'),
    ...of('empty', ''),
  ],
  interactionType: vocab(
    [
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
    ],
    ['true', 'other-fill-in', ''],
  ),
  result: [
    ...of('valid', 'correct', 'incorrect', 'unanticipated', 'neutral', '35', '-3500.043'),
    ...of('wrong-version', 'wrong'),
    ...of('bad-format', '34,000.00', ''),
  ],
  readOnly: [...of('valid', 'x', 'credit', 'PT0S'), ...of('empty', '')],
} satisfies Record<string, Pool>;

export type Pool2004 = keyof typeof pools2004;

/** learner_response pools per 2004 interaction type (reference §9.2). */
export const responses2004: Record<string, Pool> = {
  'true-false': [...of('valid', 'true', 'false'), ...of('bad-format', 't', '')],
  choice: [...of('valid', 'a', 'a[,]b', ''), ...of('bad-format', 'a[,]a', 'a[,]', '[,]')],
  'fill-in': [
    ...of('valid', 'photosynthesis', '{lang=en}word[,]other', ''),
    ...of('bad-format', '{lang=frl}x'),
  ],
  'long-fill-in': [...of('valid', 'a long answer', '{lang=en}text', '')],
  likert: [...of('valid', 'agree', 'likert_3'), ...of('bad-format', '', 'a[,]b')],
  matching: [...of('valid', '1[.]a[,]2[.]b', ''), ...of('bad-format', '1a', '1[.]a[.]b')],
  performance: [
    ...of('valid', 'step1[.]answer', '[.]answer'),
    ...of('bad-format', '', 'noseparator'),
  ],
  sequencing: [...of('valid', 'a[,]b[,]c', 'a'), ...of('bad-format', '', '[,]a')],
  numeric: [...of('valid', '410', '-0.23100'), ...of('bad-format', '3.14.15', '4000.003a')],
  other: [...of('valid', 'anything[,]goes', '')],
};

/** correct_responses.n.pattern pools per 2004 interaction type (reference §9.2). */
export const patterns2004: Record<string, Pool> = {
  ...responses2004,
  'fill-in': [
    ...of('valid', '{case_matters=true}Word', '{order_matters=false}a[,]b', 'photosynthesis'),
    ...of('bad-format', '{case_matters=maybe}x'),
  ],
  matching: [...of('valid', '1[.]a[,]2[.]b'), ...of('bad-format', '', '1a')],
  numeric: [
    ...of('valid', '3[:]10', '[:]5', '-1000.333[:]-1.00'),
    ...of('bad-format', '300[:]1.5', '5'),
  ],
};
