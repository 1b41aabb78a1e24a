/**
 * The SCORM 1.2 data model as one declarative table (ref: scorm-runtime.md#data-model-12), read by
 * the one generic engine in cmi-store.ts. Keys are element patterns where `n` stands for an array
 * index. Each row's reference anchor is `s12-` + the pattern slugged (cmi.core.exit -> s12-cmi-core-exit).
 *
 * - group: a category with `_children` (cmi, cmi.core, cmi.core.score, …); `version` is `_version`.
 * - array: records addressed by index, with `_count`, and `_children` when the spec lists them.
 * - element: a value, with its types ("CMIDecimal or CMIBlank" = two types), access, vocabulary,
 *   range, the LMS's initial value (elements of records start as ''), and what a relaunch keeps.
 */
import type { DataType, Range } from './data-types.ts';
import {
  CREDIT,
  ENTRY,
  EXIT,
  INTERACTION_TYPE,
  MODE,
  RESULT,
  STATUS,
  STATUS_SET_BY_SCO,
  TIME_LIMIT_ACTION,
} from './vocabularies.ts';

export type Access = 'ro' | 'wo' | 'rw';

/**
 * What a relaunch takes from the previous persisted state: 'always' (the learner's data), 'on-resume'
 * (only after exit 'suspend', per the runtime contract), 'never' (the LMS supplies it anew at launch).
 */
export type Carry = 'always' | 'on-resume' | 'never';

export interface ElementSpec {
  kind: 'element';
  type: DataType | readonly DataType[];
  access: Access;
  vocabulary?: readonly string[];
  range?: Range;
  initial?: string;
  carry: Carry;
  /** CMIFeedback whose format depends on the interaction type found at `typeFrom` (same indexes). */
  feedback?: { role: 'response' | 'pattern'; typeFrom: string };
}

export interface GroupSpec {
  kind: 'group';
  children: readonly string[];
  version?: string;
}

export interface ArraySpec {
  kind: 'array';
  children?: readonly string[];
}

export type NodeSpec = ElementSpec | GroupSpec | ArraySpec;

const SCORE_0_100: Range = { min: 0, max: 100 };
const score = {
  kind: 'element',
  type: ['CMIDecimal', 'CMIBlank'],
  access: 'rw',
  range: SCORE_0_100,
} as const;
const SCORE_CHILDREN = ['raw', 'min', 'max'] as const;

export const DATA_MODEL = {
  // _version and cmi._children are listed by Moodle and scorm-again only (ref: #unconfirmed item 1).
  cmi: {
    kind: 'group',
    version: '3.4',
    children: [
      'core',
      'suspend_data',
      'launch_data',
      'comments',
      'objectives',
      'student_data',
      'student_preference',
      'interactions',
    ],
  },
  'cmi.core': {
    kind: 'group',
    children: [
      'student_id',
      'student_name',
      'lesson_location',
      'credit',
      'lesson_status',
      'entry',
      'score',
      'total_time',
      'lesson_mode',
      'exit',
      'session_time',
    ],
  },
  'cmi.core.student_id': {
    kind: 'element',
    type: 'CMIIdentifier',
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.core.student_name': {
    kind: 'element',
    type: 'CMIString255',
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.core.lesson_location': {
    kind: 'element',
    type: 'CMIString255',
    access: 'rw',
    initial: '',
    carry: 'on-resume',
  },
  'cmi.core.credit': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: CREDIT,
    access: 'ro',
    initial: 'credit',
    carry: 'never',
  },
  'cmi.core.lesson_status': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: STATUS_SET_BY_SCO,
    access: 'rw',
    initial: 'not attempted',
    carry: 'always',
  },
  'cmi.core.entry': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: ENTRY,
    access: 'ro',
    initial: 'ab-initio',
    carry: 'never',
  },
  'cmi.core.score': { kind: 'group', children: SCORE_CHILDREN },
  'cmi.core.score.raw': { ...score, initial: '', carry: 'always' },
  'cmi.core.score.min': { ...score, initial: '', carry: 'always' },
  'cmi.core.score.max': { ...score, initial: '', carry: 'always' },
  // Initial string unconfirmed between '0000:00:00.00' and '00:00:00' (ref: #unconfirmed item 2).
  'cmi.core.total_time': {
    kind: 'element',
    type: 'CMITimespan',
    access: 'ro',
    initial: '0000:00:00.00',
    carry: 'never',
  },
  'cmi.core.lesson_mode': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: MODE,
    access: 'ro',
    initial: 'normal',
    carry: 'never',
  },
  'cmi.core.exit': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: EXIT,
    access: 'wo',
    initial: '',
    carry: 'never',
  },
  'cmi.core.session_time': {
    kind: 'element',
    type: 'CMITimespan',
    access: 'wo',
    initial: '',
    carry: 'never',
  },
  // CMIString4096: 4096 characters, a hard maximum in 1.2 (ref: #misstatements).
  'cmi.suspend_data': {
    kind: 'element',
    type: 'CMIString4096',
    access: 'rw',
    initial: '',
    carry: 'on-resume',
  },
  'cmi.launch_data': {
    kind: 'element',
    type: 'CMIString4096',
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  // Set replaces the text (Moodle's appending is an LMS quirk, ref: #harness-defaults).
  'cmi.comments': {
    kind: 'element',
    type: 'CMIString4096',
    access: 'rw',
    initial: '',
    carry: 'always',
  },
  'cmi.comments_from_lms': {
    kind: 'element',
    type: 'CMIString4096',
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.objectives': { kind: 'array', children: ['id', 'score', 'status'] },
  'cmi.objectives.n.id': { kind: 'element', type: 'CMIIdentifier', access: 'rw', carry: 'always' },
  'cmi.objectives.n.score': { kind: 'group', children: SCORE_CHILDREN },
  'cmi.objectives.n.score.raw': { ...score, carry: 'always' },
  'cmi.objectives.n.score.min': { ...score, carry: 'always' },
  'cmi.objectives.n.score.max': { ...score, carry: 'always' },
  // Unlike lesson_status, the SCO may set 'not attempted' here (ref: #s12-cmi-objectives-n-status).
  'cmi.objectives.n.status': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: STATUS,
    access: 'rw',
    carry: 'always',
  },
  'cmi.student_data': {
    kind: 'group',
    children: ['mastery_score', 'max_time_allowed', 'time_limit_action'],
  },
  'cmi.student_data.mastery_score': {
    kind: 'element',
    type: ['CMIDecimal', 'CMIBlank'],
    range: SCORE_0_100,
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.student_data.max_time_allowed': {
    kind: 'element',
    type: ['CMITimespan', 'CMIBlank'],
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.student_data.time_limit_action': {
    kind: 'element',
    type: ['CMIVocabulary', 'CMIBlank'],
    vocabulary: TIME_LIMIT_ACTION,
    access: 'ro',
    initial: '',
    carry: 'never',
  },
  'cmi.student_preference': { kind: 'group', children: ['audio', 'language', 'speed', 'text'] },
  'cmi.student_preference.audio': {
    kind: 'element',
    type: 'CMISInteger',
    range: { min: -1, max: 100 },
    access: 'rw',
    initial: '0',
    carry: 'always',
  },
  'cmi.student_preference.language': {
    kind: 'element',
    type: 'CMIString255',
    access: 'rw',
    initial: '',
    carry: 'always',
  },
  'cmi.student_preference.speed': {
    kind: 'element',
    type: 'CMISInteger',
    range: { min: -100, max: 100 },
    access: 'rw',
    initial: '0',
    carry: 'always',
  },
  'cmi.student_preference.text': {
    kind: 'element',
    type: 'CMISInteger',
    range: { min: -1, max: 1 },
    access: 'rw',
    initial: '0',
    carry: 'always',
  },
  // Interactions are a write-only journal; only the _count keywords are readable (ref: #interactions-data-12).
  'cmi.interactions': {
    kind: 'array',
    children: [
      'id',
      'objectives',
      'time',
      'type',
      'correct_responses',
      'weighting',
      'student_response',
      'result',
      'latency',
    ],
  },
  'cmi.interactions.n.id': {
    kind: 'element',
    type: 'CMIIdentifier',
    access: 'wo',
    carry: 'always',
  },
  'cmi.interactions.n.objectives': { kind: 'array' },
  'cmi.interactions.n.objectives.n.id': {
    kind: 'element',
    type: 'CMIIdentifier',
    access: 'wo',
    carry: 'always',
  },
  'cmi.interactions.n.time': { kind: 'element', type: 'CMITime', access: 'wo', carry: 'always' },
  'cmi.interactions.n.type': {
    kind: 'element',
    type: 'CMIVocabulary',
    vocabulary: INTERACTION_TYPE,
    access: 'wo',
    carry: 'always',
  },
  'cmi.interactions.n.correct_responses': { kind: 'array' },
  'cmi.interactions.n.correct_responses.n.pattern': {
    kind: 'element',
    type: 'CMIFeedback',
    access: 'wo',
    carry: 'always',
    feedback: { role: 'pattern', typeFrom: 'cmi.interactions.n.type' },
  },
  // The -100..100 range of Moodle and scorm-again is not in the spec (ref: #unconfirmed item 8).
  'cmi.interactions.n.weighting': {
    kind: 'element',
    type: 'CMIDecimal',
    access: 'wo',
    carry: 'always',
  },
  'cmi.interactions.n.student_response': {
    kind: 'element',
    type: 'CMIFeedback',
    access: 'wo',
    carry: 'always',
    feedback: { role: 'response', typeFrom: 'cmi.interactions.n.type' },
  },
  'cmi.interactions.n.result': {
    kind: 'element',
    type: ['CMIVocabulary', 'CMIDecimal'],
    vocabulary: RESULT,
    access: 'wo',
    carry: 'always',
  },
  'cmi.interactions.n.latency': {
    kind: 'element',
    type: 'CMITimespan',
    access: 'wo',
    carry: 'always',
  },
} as const satisfies Record<string, NodeSpec>;

const TABLE: ReadonlyMap<string, NodeSpec> = new Map(Object.entries(DATA_MODEL));

/** The row for a pattern (`cmi.objectives.n.id`), or undefined when the data model has none. */
export function specOf(pattern: string): NodeSpec | undefined {
  return TABLE.get(pattern);
}

/** Every element row, for iterating the model (initial values, persistence, tests). */
export function elementPatterns(): Array<[string, ElementSpec]> {
  const rows: Array<[string, ElementSpec]> = [];
  for (const [pattern, spec] of TABLE) if (spec.kind === 'element') rows.push([pattern, spec]);
  return rows;
}

export function typesOf(spec: ElementSpec): readonly DataType[] {
  return typeof spec.type === 'string' ? [spec.type] : spec.type;
}
