/**
 * The SCORM 2004 data model as one declarative table (scorm-runtime.md#data-model-2004): element
 * pattern -> definition. `n` and `m` stand for array indexes. The engine (data-model-engine.ts)
 * interprets it; no element has its own getter or setter.
 */
import type { Edition } from './types.ts';
import type { Range } from './value-types.ts';

export type ValueType =
  | 'characterstring'
  | 'localized_string'
  | 'language'
  | 'long_identifier'
  | 'real'
  | 'state'
  | 'time'
  | 'timeinterval'
  | 'result'
  | 'learner_response'
  | 'pattern'
  | 'nav_request';

export type Access = 'ro' | 'rw' | 'wo';

export interface LeafDef {
  kind: 'leaf';
  type: ValueType;
  access: Access;
  vocabulary?: readonly string[];
  /** Smallest permitted maximum in characters: accepted beyond it unless strictSpm is set. */
  spm?: number | Readonly<Record<Edition, number>>;
  range?: Range;
  /** Value the LMS gives the element at launch, or when its record is created. */
  initial?: string;
  editions?: readonly Edition[];
  /** 408 until the enclosing interaction has a `type`. */
  needsType?: boolean;
  /** 351 when another record of the same array holds the value. */
  unique?: boolean;
  /** 351 when changed to a different value once set. */
  writeOnce?: boolean;
  /** `""` stores nothing: GetValue reports 403 afterwards (ADL behaviour for shared data). */
  emptyIsUnset?: boolean;
  ref: string;
}

export interface ContainerDef {
  kind: 'container';
  /** Value of `X._children`; without it `X._children` is 301. */
  children?: string;
  editions?: readonly Edition[];
  ref: string;
}

export interface ArrayDef {
  kind: 'array';
  children?: string;
  /** Records: smallest permitted maximum count. */
  spm: number;
  /** The only field that may create a record (408 for the others). */
  createdBy?: string;
  /** Records come from the LMS only: SetValue at index _count is 351, like a gap. */
  lmsRecords?: boolean;
  editions?: readonly Edition[];
  ref: string;
}

export type ElementDef = LeafDef | ContainerDef | ArrayDef;

const ref = (anchor: string) => `scorm-runtime.md#${anchor}`;
const completion = ['completed', 'incomplete', 'not attempted', 'unknown'] as const;
const success = ['passed', 'failed', 'unknown'] as const;
const scoreChildren = 'scaled,raw,min,max';
const fourth: readonly Edition[] = ['4th'];

export const navRequests = [
  'continue',
  'previous',
  'exit',
  'exitAll',
  'abandon',
  'abandonAll',
  'suspendAll',
  '_none_',
] as const;
export const requestValidValues = ['true', 'false', 'unknown'] as const;

export const dataModel: Readonly<Record<string, ElementDef>> = {
  cmi: { kind: 'container', ref: ref('data-model-2004') },
  'cmi.comments_from_learner': {
    kind: 'array',
    children: 'comment,location,timestamp',
    spm: 250,
    ref: ref('s2004-cmi-comments-from-learner-children'),
  },
  'cmi.comments_from_learner.n.comment': {
    kind: 'leaf',
    type: 'localized_string',
    access: 'rw',
    spm: 4000,
    ref: ref('s2004-cmi-comments-from-learner-n-comment'),
  },
  'cmi.comments_from_learner.n.location': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'rw',
    spm: 250,
    ref: ref('s2004-cmi-comments-from-learner-n-location'),
  },
  'cmi.comments_from_learner.n.timestamp': {
    kind: 'leaf',
    type: 'time',
    access: 'rw',
    ref: ref('s2004-cmi-comments-from-learner-n-timestamp'),
  },
  'cmi.comments_from_lms': {
    kind: 'array',
    children: 'comment,location,timestamp',
    spm: 100,
    ref: ref('s2004-cmi-comments-from-lms-children'),
  },
  'cmi.comments_from_lms.n.comment': {
    kind: 'leaf',
    type: 'localized_string',
    access: 'ro',
    spm: 4000,
    ref: ref('s2004-cmi-comments-from-lms-n-comment'),
  },
  'cmi.comments_from_lms.n.location': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'ro',
    spm: 250,
    ref: ref('s2004-cmi-comments-from-lms-n-location'),
  },
  'cmi.comments_from_lms.n.timestamp': {
    kind: 'leaf',
    type: 'time',
    access: 'ro',
    ref: ref('s2004-cmi-comments-from-lms-n-timestamp'),
  },
  'cmi.completion_status': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: completion,
    initial: 'unknown',
    ref: ref('s2004-cmi-completion-status'),
  },
  'cmi.completion_threshold': {
    kind: 'leaf',
    type: 'real',
    access: 'ro',
    range: { min: 0, max: 1 },
    ref: ref('s2004-cmi-completion-threshold'),
  },
  'cmi.credit': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: ['credit', 'no-credit'],
    initial: 'credit',
    ref: ref('s2004-cmi-credit'),
  },
  'cmi.entry': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: ['ab-initio', 'resume', ''],
    initial: 'ab-initio',
    ref: ref('s2004-cmi-entry'),
  },
  'cmi.exit': {
    kind: 'leaf',
    type: 'state',
    access: 'wo',
    vocabulary: ['time-out', 'suspend', 'logout', 'normal', ''],
    ref: ref('s2004-cmi-exit'),
  },
  'cmi.interactions': {
    kind: 'array',
    children:
      'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
    spm: 250,
    createdBy: 'id',
    ref: ref('s2004-cmi-interactions-children'),
  },
  'cmi.interactions.n.id': {
    kind: 'leaf',
    type: 'long_identifier',
    access: 'rw',
    spm: 4000,
    ref: ref('s2004-cmi-interactions-n-id'),
  },
  'cmi.interactions.n.type': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: [
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
    ref: ref('s2004-cmi-interactions-n-type'),
  },
  'cmi.interactions.n.objectives': {
    kind: 'array',
    spm: 10,
    ref: ref('s2004-cmi-interactions-n-objectives-count'),
  },
  'cmi.interactions.n.objectives.m.id': {
    kind: 'leaf',
    type: 'long_identifier',
    access: 'rw',
    spm: 4000,
    unique: true,
    ref: ref('s2004-cmi-interactions-n-objectives-m-id'),
  },
  'cmi.interactions.n.timestamp': {
    kind: 'leaf',
    type: 'time',
    access: 'rw',
    ref: ref('s2004-cmi-interactions-n-timestamp'),
  },
  'cmi.interactions.n.correct_responses': {
    kind: 'array',
    spm: 10,
    ref: ref('s2004-cmi-interactions-n-correct-responses-count'),
  },
  'cmi.interactions.n.correct_responses.m.pattern': {
    kind: 'leaf',
    type: 'pattern',
    access: 'rw',
    needsType: true,
    ref: ref('s2004-cmi-interactions-n-correct-responses-m-pattern'),
  },
  'cmi.interactions.n.weighting': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    ref: ref('s2004-cmi-interactions-n-weighting'),
  },
  'cmi.interactions.n.learner_response': {
    kind: 'leaf',
    type: 'learner_response',
    access: 'rw',
    needsType: true,
    ref: ref('s2004-cmi-interactions-n-learner-response'),
  },
  'cmi.interactions.n.result': {
    kind: 'leaf',
    type: 'result',
    access: 'rw',
    vocabulary: ['correct', 'incorrect', 'unanticipated', 'neutral'],
    ref: ref('s2004-cmi-interactions-n-result'),
  },
  'cmi.interactions.n.latency': {
    kind: 'leaf',
    type: 'timeinterval',
    access: 'rw',
    ref: ref('s2004-cmi-interactions-n-latency'),
  },
  'cmi.interactions.n.description': {
    kind: 'leaf',
    type: 'localized_string',
    access: 'rw',
    spm: 250,
    ref: ref('s2004-cmi-interactions-n-description'),
  },
  'cmi.launch_data': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'ro',
    spm: 4000,
    ref: ref('s2004-cmi-launch-data'),
  },
  'cmi.learner_id': {
    kind: 'leaf',
    type: 'long_identifier',
    access: 'ro',
    spm: 4000,
    ref: ref('s2004-cmi-learner-id'),
  },
  'cmi.learner_name': {
    kind: 'leaf',
    type: 'localized_string',
    access: 'ro',
    spm: 250,
    ref: ref('s2004-cmi-learner-name'),
  },
  'cmi.learner_preference': {
    kind: 'container',
    children: 'audio_level,language,delivery_speed,audio_captioning',
    ref: ref('s2004-cmi-learner-preference-children'),
  },
  'cmi.learner_preference.audio_level': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: 0 },
    initial: '1',
    ref: ref('s2004-cmi-learner-preference-audio-level'),
  },
  'cmi.learner_preference.language': {
    kind: 'leaf',
    type: 'language',
    access: 'rw',
    spm: 250,
    initial: '',
    ref: ref('s2004-cmi-learner-preference-language'),
  },
  'cmi.learner_preference.delivery_speed': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: 0 },
    initial: '1',
    ref: ref('s2004-cmi-learner-preference-delivery-speed'),
  },
  'cmi.learner_preference.audio_captioning': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: ['-1', '0', '1'],
    initial: '0',
    ref: ref('s2004-cmi-learner-preference-audio-captioning'),
  },
  'cmi.location': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'rw',
    spm: 1000,
    ref: ref('s2004-cmi-location'),
  },
  'cmi.max_time_allowed': {
    kind: 'leaf',
    type: 'timeinterval',
    access: 'ro',
    ref: ref('s2004-cmi-max-time-allowed'),
  },
  'cmi.mode': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: ['browse', 'normal', 'review'],
    initial: 'normal',
    ref: ref('s2004-cmi-mode'),
  },
  'cmi.objectives': {
    kind: 'array',
    children: 'id,score,success_status,completion_status,progress_measure,description',
    spm: 100,
    createdBy: 'id',
    ref: ref('s2004-cmi-objectives-children'),
  },
  'cmi.objectives.n.id': {
    kind: 'leaf',
    type: 'long_identifier',
    access: 'rw',
    spm: 4000,
    unique: true,
    writeOnce: true,
    ref: ref('s2004-cmi-objectives-n-id'),
  },
  'cmi.objectives.n.score': {
    kind: 'container',
    children: scoreChildren,
    ref: ref('s2004-cmi-objectives-n-score-children'),
  },
  'cmi.objectives.n.score.scaled': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: -1, max: 1 },
    ref: ref('s2004-cmi-objectives-n-score-scaled'),
  },
  'cmi.objectives.n.score.raw': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    ref: ref('s2004-cmi-objectives-n-score-raw'),
  },
  'cmi.objectives.n.score.min': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    ref: ref('s2004-cmi-objectives-n-score-min'),
  },
  'cmi.objectives.n.score.max': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    ref: ref('s2004-cmi-objectives-n-score-max'),
  },
  'cmi.objectives.n.success_status': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: success,
    initial: 'unknown',
    ref: ref('s2004-cmi-objectives-n-success-status'),
  },
  'cmi.objectives.n.completion_status': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: completion,
    initial: 'unknown',
    ref: ref('s2004-cmi-objectives-n-completion-status'),
  },
  'cmi.objectives.n.progress_measure': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: 0, max: 1 },
    ref: ref('s2004-cmi-objectives-n-progress-measure'),
  },
  'cmi.objectives.n.description': {
    kind: 'leaf',
    type: 'localized_string',
    access: 'rw',
    spm: 250,
    ref: ref('s2004-cmi-objectives-n-description'),
  },
  'cmi.progress_measure': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: 0, max: 1 },
    ref: ref('s2004-cmi-progress-measure'),
  },
  'cmi.scaled_passing_score': {
    kind: 'leaf',
    type: 'real',
    access: 'ro',
    range: { min: -1, max: 1 },
    ref: ref('s2004-cmi-scaled-passing-score'),
  },
  'cmi.score': { kind: 'container', children: scoreChildren, ref: ref('s2004-cmi-score-children') },
  'cmi.score.scaled': {
    kind: 'leaf',
    type: 'real',
    access: 'rw',
    range: { min: -1, max: 1 },
    ref: ref('s2004-cmi-score-scaled'),
  },
  'cmi.score.raw': { kind: 'leaf', type: 'real', access: 'rw', ref: ref('s2004-cmi-score-raw') },
  'cmi.score.min': { kind: 'leaf', type: 'real', access: 'rw', ref: ref('s2004-cmi-score-min') },
  'cmi.score.max': { kind: 'leaf', type: 'real', access: 'rw', ref: ref('s2004-cmi-score-max') },
  'cmi.session_time': {
    kind: 'leaf',
    type: 'timeinterval',
    access: 'wo',
    ref: ref('s2004-cmi-session-time'),
  },
  'cmi.success_status': {
    kind: 'leaf',
    type: 'state',
    access: 'rw',
    vocabulary: success,
    initial: 'unknown',
    ref: ref('s2004-cmi-success-status'),
  },
  'cmi.suspend_data': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'rw',
    spm: { '2nd': 4000, '3rd': 64000, '4th': 64000 },
    ref: ref('s2004-cmi-suspend-data'),
  },
  'cmi.time_limit_action': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: ['exit,message', 'continue,message', 'exit,no message', 'continue,no message'],
    initial: 'continue,no message',
    ref: ref('s2004-cmi-time-limit-action'),
  },
  'cmi.total_time': {
    kind: 'leaf',
    type: 'timeinterval',
    access: 'ro',
    initial: 'PT0H0M0S',
    ref: ref('s2004-cmi-total-time'),
  },
  adl: { kind: 'container', ref: ref('adl-nav') },
  'adl.nav': { kind: 'container', ref: ref('adl-nav') },
  'adl.nav.request': {
    kind: 'leaf',
    type: 'nav_request',
    access: 'rw',
    vocabulary: navRequests,
    initial: '_none_',
    ref: ref('s2004-adl-nav-request'),
  },
  'adl.nav.request_valid': { kind: 'container', ref: ref('adl-nav') },
  'adl.nav.request_valid.continue': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: requestValidValues,
    initial: 'unknown',
    ref: ref('s2004-adl-nav-request-valid-continue'),
  },
  'adl.nav.request_valid.previous': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: requestValidValues,
    initial: 'unknown',
    ref: ref('s2004-adl-nav-request-valid-previous'),
  },
  'adl.nav.request_valid.choice': {
    kind: 'container',
    ref: ref('s2004-adl-nav-request-valid-choice-target-id'),
  },
  'adl.nav.request_valid.choice.{target}': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: requestValidValues,
    initial: 'unknown',
    ref: ref('s2004-adl-nav-request-valid-choice-target-id'),
  },
  'adl.nav.request_valid.jump': {
    kind: 'container',
    editions: fourth,
    ref: ref('s2004-adl-nav-request-valid-jump-target-id'),
  },
  'adl.nav.request_valid.jump.{target}': {
    kind: 'leaf',
    type: 'state',
    access: 'ro',
    vocabulary: requestValidValues,
    initial: 'unknown',
    editions: fourth,
    ref: ref('s2004-adl-nav-request-valid-jump-target-id'),
  },
  'adl.data': {
    kind: 'array',
    lmsRecords: true,
    children: 'id,store',
    spm: 250,
    editions: fourth,
    ref: ref('adl-data'),
  },
  'adl.data.n.id': {
    kind: 'leaf',
    type: 'long_identifier',
    access: 'ro',
    spm: 4000,
    editions: fourth,
    ref: ref('s2004-adl-data-n-id'),
  },
  'adl.data.n.store': {
    kind: 'leaf',
    type: 'characterstring',
    access: 'rw',
    spm: 64000,
    emptyIsUnset: true,
    editions: fourth,
    ref: ref('s2004-adl-data-n-store'),
  },
};

export const spmFor = (def: LeafDef, edition: Edition): number | undefined =>
  typeof def.spm === 'object' ? def.spm[edition] : def.spm;

export const inEdition = (def: ElementDef, edition: Edition): boolean =>
  def.editions === undefined || def.editions.includes(edition);
