/**
 * Deliberately broken bridges: each mutant swaps ONE source module of the reference bridge for a
 * small edit of it (the file beside this catalog, in a folder named after the mutant) and so breaks
 * exactly one promise of the bridge spec or one SCORM fact. The conformance gate must kill every
 * mutant, and with the scenarios named in `expectedKilledBy`
 * (test/examples/sch-bridge/mutants.test.ts).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BridgeVariant } from '../build.ts';

/**
 * The builds a mutant is gated in (build.ts): one per SCORM version, or the build that picks
 * whichever API it finds, in a 2004 (`auto`) or a 1.2 (`auto-1.2`) package.
 */
export type MutantVariant = BridgeVariant;

export interface Mutant {
  /** Kebab-case; also the folder holding the swapped module. */
  id: string;
  title: string;
  /** The one promise broken: a sentence quoted from the spec, or a SCORM fact with its anchor. */
  breaks: string;
  /**
   * Bridge source path under `src/`, or `manifests/<file>` for a package manifest → the replacement
   * file (build.ts `swaps`).
   */
  swaps: Readonly<Record<string, string>>;
  /** Where the promise applies; the gate must kill the mutant in each. */
  variants: readonly MutantVariant[];
  /** Scenario ids that must fail against the mutant (in at least one of its variants). */
  expectedKilledBy: readonly string[];
}

export const MUTANTS_DIR = dirname(fileURLToPath(import.meta.url));

/** The replacement file `<mutant id>/<file>` beside this catalog. */
const here = (path: string) => join(MUTANTS_DIR, path);

const SPEC = 'scorm-progress-tracking.txt';
const BOTH: readonly MutantVariant[] = ['1.2', '2004'];

export const MUTANTS: readonly Mutant[] = [
  {
    id: 'no-incomplete-on-launch',
    title: 'No incomplete at launch: the first status comes with the first progress report',
    breaks:
      'rustici-incomplete-on-launch.txt: "immediately set cmi.completion_status to incomplete upon launch of the content"; scorm-runtime.md#lesson-status-12, #auto-completion',
    swaps: { 'core/launch-status.ts': here('no-incomplete-on-launch/launch-status.ts') },
    variants: BOTH,
    expectedKilledBy: ['incomplete-on-launch', 'no-auto-completion'],
  },
  {
    id: 'incomplete-only-at-exit',
    title: 'The launch-time incomplete is written only when the session ends',
    breaks:
      'rustici-incomplete-on-launch.txt: "immediately set cmi.completion_status to incomplete upon launch of the content"',
    swaps: { 'core/bridge.ts': here('incomplete-only-at-exit/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['incomplete-on-launch'],
  },
  {
    id: 'launch-commit-missing',
    title: 'The launch-time incomplete is set but not committed',
    breaks:
      'scorm-runtime.md#commit-persistence: a value reaches the LMS store only with Commit; the launch-time status must be persisted before anything else is reported',
    swaps: { 'core/launch-status.ts': here('launch-commit-missing/launch-status.ts') },
    variants: BOTH,
    expectedKilledBy: ['incomplete-on-launch'],
  },
  {
    id: 'incomplete-after-session',
    title: 'The launch-time incomplete waits until the backend session has opened',
    breaks:
      'rustici-incomplete-on-launch.txt: "immediately set cmi.completion_status to incomplete upon launch of the content"',
    swaps: { 'core/bridge.ts': here('incomplete-after-session/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['incomplete-on-launch'],
  },
  {
    id: 'completion-ignores-mandatory',
    title: 'Complete once any progress is recorded, with mandatory assignments still pending',
    breaks: `${SPEC}: "marked complete when the learner has finished every mandatory assignment in their organization, or — if no mandatory assignments are pending — once they have any recorded progress"`,
    swaps: { 'core/completion.ts': here('completion-ignores-mandatory/completion.ts') },
    variants: BOTH,
    expectedKilledBy: ['completion-rule'],
  },
  {
    id: 'status-12-completed',
    title: '1.2 lesson_status becomes completed instead of passed/failed',
    breaks: `${SPEC}: "SCORM 1.2 has no separate completion / success split — the bridge writes passed or failed to cmi.core.lesson_status once completion is true, and incomplete otherwise."`,
    swaps: { 'core/status.ts': here('status-12-completed/status.ts') },
    variants: ['1.2'],
    expectedKilledBy: ['lesson-status-12'],
  },
  {
    id: 'pass-threshold-60',
    title: 'Passed from raw 60 instead of 70',
    breaks: `${SPEC}: "Passing Score | 70 (hardcoded in the launcher; not configurable per package)"`,
    swaps: { 'core/status.ts': here('pass-threshold-60/status.ts') },
    variants: BOTH,
    expectedKilledBy: ['success-status-2004', 'lesson-status-12'],
  },
  {
    id: 'pass-threshold-strict',
    title: 'Passed only above 70 (> instead of ≥): exactly 70 fails',
    breaks: `${SPEC}: "cmi.success_status reflects whether the average passing-score threshold was met" (met = raw ≥ 70)`,
    swaps: { 'core/status.ts': here('pass-threshold-strict/status.ts') },
    variants: BOTH,
    expectedKilledBy: ['success-status-2004', 'lesson-status-12'],
  },
  {
    id: 'score-not-divided',
    title: 'Average not divided by 1.6',
    breaks: `${SPEC}: "the bridge averages the practice scores across the learner's completed challenges and divides by 1.6"`,
    swaps: { 'core/score.ts': here('score-not-divided/score.ts') },
    variants: BOTH,
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'score-not-capped',
    title: 'Score not capped at 100',
    breaks: `${SPEC}: "divides by 1.6, then caps the result at 100"`,
    swaps: { 'core/score.ts': here('score-not-capped/score.ts') },
    variants: BOTH,
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'score-averages-all',
    title: 'Average over every challenge, also the unfinished ones',
    breaks: `${SPEC}: "averages the practice scores across the learner's completed challenges"`,
    swaps: { 'core/score.ts': here('score-averages-all/score.ts') },
    variants: BOTH,
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'score-raw-12-wrong-element',
    title: '1.2 score written to cmi.score.raw',
    breaks:
      'scorm-runtime.md#misstatements: the 1.2 element is cmi.core.score.raw; cmi.score.raw does not exist in 1.2 (401/201)',
    swaps: { 'core/report-12.ts': here('score-raw-12-wrong-element/report-12.ts') },
    variants: ['1.2'],
    expectedKilledBy: ['score-formula', 'scaled-only-2004'],
  },
  {
    id: 'scaled-in-12',
    title: 'A scaled score written in 1.2',
    breaks: `${SPEC}: "with the scaled equivalent on cmi.score.scaled only in 2004 (1.2 has no scaled field)"; scorm-runtime.md#not-in-12`,
    swaps: { 'core/report-12.ts': here('scaled-in-12/report-12.ts') },
    variants: ['1.2'],
    expectedKilledBy: ['scaled-only-2004'],
  },
  {
    id: 'scaled-not-divided-2004',
    title: '2004 cmi.score.scaled = raw instead of raw / 100',
    breaks:
      'scorm-runtime.md#cmi-score-scaled: scaled is a real in −1…1; the bridge maps 0–100 to 0–1',
    swaps: { 'core/report-2004.ts': here('scaled-not-divided-2004/report-2004.ts') },
    variants: ['2004'],
    expectedKilledBy: ['scaled-only-2004'],
  },
  {
    id: 'completion-success-as-one-2004',
    title: '2004 completion and success written as one: complete means passed',
    breaks: `${SPEC}: "cmi.completion_status reflects whether the activity is finished, and cmi.success_status reflects whether the average passing-score threshold was met"`,
    swaps: { 'core/report-2004.ts': here('completion-success-as-one-2004/report-2004.ts') },
    variants: ['2004'],
    expectedKilledBy: ['success-status-2004'],
  },
  {
    id: 'success-only-when-complete-2004',
    title: '2004 success_status written only once the activity is complete',
    breaks: `${SPEC}: "The bridge reports both: cmi.completion_status reflects whether the activity is finished, and cmi.success_status reflects whether the average passing-score threshold was met."`,
    swaps: { 'core/report-2004.ts': here('success-only-when-complete-2004/report-2004.ts') },
    variants: ['2004'],
    expectedKilledBy: ['success-status-2004'],
  },
  {
    id: 'session-time-other-format',
    title: "Session time in the other version's format",
    breaks:
      'scorm-runtime.md#misstatements: ISO 8601 durations are for 2004 only; 1.2 cmi.core.session_time is HHHH:MM:SS.SS (#session-time)',
    swaps: { 'core/time-format.ts': here('session-time-other-format/time-format.ts') },
    variants: BOTH,
    expectedKilledBy: ['session-time'],
  },
  {
    id: 'session-time-cumulative',
    title: "Session time includes earlier sessions (total + this session's)",
    breaks:
      "scorm-runtime.md#session-time: the SCO reports the current session's elapsed time; the LMS accumulates total_time",
    swaps: { 'core/bridge.ts': here('session-time-cumulative/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['session-time'],
  },
  {
    id: 'suspend-data-full-bookmark',
    title: 'The whole bookmark in cmi.suspend_data',
    breaks: `${SPEC}: "What the bridge actually puts into cmi.suspend_data is a small JSON envelope containing only the SecureCodingHub session id"`,
    swaps: { 'core/suspend-data.ts': here('suspend-data-full-bookmark/suspend-data.ts') },
    variants: BOTH,
    expectedKilledBy: ['suspend-data-envelope', 'interrupted-session'],
  },
  {
    id: 'no-exit-suspend',
    title: 'Normal exit while unfinished: no exit=suspend',
    breaks: `${SPEC}: "If a learner closes the session before completing … Next launch resumes from the bookmark"; resume needs exit suspend (scorm-runtime.md#entry-exit-12, #entry-exit-2004)`,
    swaps: { 'core/exit-mode.ts': here('no-exit-suspend/exit-mode.ts') },
    variants: BOTH,
    expectedKilledBy: ['resume-rehydrates', 'interrupted-session'],
  },
  {
    id: 'resume-ignores-sid',
    title: 'Resume ignores the sid in suspend_data',
    breaks: `${SPEC}: "on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player"`,
    swaps: { 'core/open-session.ts': here('resume-ignores-sid/open-session.ts') },
    variants: BOTH,
    expectedKilledBy: ['resume-rehydrates'],
  },
  {
    id: 'status-downgrade-on-relaunch',
    title: 'A relaunch writes incomplete over a final status',
    breaks:
      'scorm-runtime.md#lesson-status-12: a final status (passed/failed/completed) is not set back to incomplete by a later launch',
    swaps: { 'core/launch-status.ts': here('status-downgrade-on-relaunch/launch-status.ts') },
    // 2004 starts a new attempt after a normal exit, where writing incomplete is right.
    variants: ['1.2'],
    expectedKilledBy: ['lesson-status-12'],
  },
  {
    id: 'heartbeat-90s',
    title: 'Heartbeat every 90 s',
    breaks: `${SPEC}: "Interval | Every 60 seconds during an active session"`,
    swaps: { 'core/heartbeat.ts': here('heartbeat-90s/heartbeat.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s', 'interrupted-session'],
  },
  {
    id: 'heartbeat-no-recommit',
    title: 'Heartbeat without the re-commit',
    breaks: `${SPEC}: "The same tick re-commits the SCORM data model on the LMS side"`,
    swaps: { 'core/heartbeat.ts': here('heartbeat-no-recommit/heartbeat.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s', 'interrupted-session'],
  },
  {
    id: 'heartbeat-after-terminate',
    title: 'Heartbeats continue after Terminate',
    breaks: `${SPEC}: "Every 60 seconds during an active session"; scorm-runtime.md#content-rules (nothing after Terminate)`,
    swaps: { 'core/heartbeat.ts': here('heartbeat-after-terminate/heartbeat.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'heartbeat-payload-keys',
    title: 'Heartbeat payload with the wrong keys',
    breaks: `${SPEC}: "Payload | {"sessionId":"…","lmsBookmark":"…","sessionTime":"…"}"`,
    swaps: { 'core/heartbeat-payload.ts': here('heartbeat-payload-keys/heartbeat-payload.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'heartbeat-stale-bookmark',
    title: 'Every heartbeat carries the bookmark of the first one',
    breaks: `${SPEC}: "fires a heartbeat … carrying the session id, the current bookmark, and the accumulated session time"`,
    swaps: { 'core/heartbeat-payload.ts': here('heartbeat-stale-bookmark/heartbeat-payload.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'heartbeat-commit-before-write',
    title: 'The heartbeat tick commits before it re-writes the report',
    breaks: `${SPEC}: "The same tick re-commits the SCORM data model on the LMS side so completion, score, session time, and suspend data stay in sync"`,
    swaps: { 'core/bridge.ts': here('heartbeat-commit-before-write/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'terminate-twice',
    title: 'Terminate called twice (finish button, then pagehide/unload)',
    breaks:
      'scorm-runtime.md#content-rules finish-once: LMSFinish/Terminate called exactly once; nothing but support calls afterwards',
    swaps: { 'core/bridge.ts': here('terminate-twice/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once'],
  },
  {
    id: 'no-get-last-error',
    title: 'No GetLastError after a call returns "false"',
    breaks:
      'scorm-runtime.md#content-rules check-errors: content calls GetLastError after a "false" result',
    swaps: { 'scorm/connection.ts': here('no-get-last-error/connection.ts') },
    variants: BOTH,
    expectedKilledBy: ['errors-checked'],
  },
  {
    id: 'discovery-parent-only',
    title: 'API discovery looks at window.parent only (fails nested frames and popups)',
    breaks:
      'scorm-runtime.md#api-discovery: search the parent chain (1.2: 7 levels, 2004: 500), then the opener chain',
    swaps: { 'scorm/api-discovery.ts': here('discovery-parent-only/api-discovery.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once', 'api-discovery-launch-modes'],
  },
  {
    id: 'discovery-7-levels-2004',
    title: '2004 API discovery stops 7 steps above the parent (about the 1.2 reach) instead of 500',
    breaks:
      'scorm-runtime.md#api-discovery: the 2004 algorithm searches up to 500 ancestors; depth 10 must succeed',
    swaps: { 'scorm/api-discovery.ts': here('discovery-7-levels-2004/api-discovery.ts') },
    variants: ['2004'],
    expectedKilledBy: ['api-depth-2004'],
  },
  {
    id: 'discovery-either-name',
    title: 'API discovery takes API before API_1484_11 on each window',
    breaks:
      'scorm-runtime.md#api-discovery: 2004 content looks for API_1484_11; a 2004 build in an LMS offering both must not talk to the 1.2 API',
    swaps: { 'scorm/api-discovery.ts': here('discovery-either-name/api-discovery.ts') },
    variants: ['2004'],
    expectedKilledBy: ['api-objects'],
  },
  {
    id: 'discovery-opener-either-name',
    title: 'In the opener chain API discovery takes API before API_1484_11',
    breaks:
      'scorm-runtime.md#api-discovery: 2004 content looks for API_1484_11 in the opener chain too; a 2004 build in a popup of an LMS offering both must not talk to the 1.2 API',
    swaps: { 'scorm/api-discovery.ts': here('discovery-opener-either-name/api-discovery.ts') },
    variants: ['2004'],
    expectedKilledBy: ['api-discovery-launch-modes'],
  },
  {
    id: 'discovery-opener-not-walked',
    title: "In a popup API discovery reads the opener's own window only, not its ancestors",
    breaks:
      "scorm-runtime.md#api-discovery: the opener's chain is searched like the parent chain (findAPI(window.opener) walks up from the opener), so content opened from a frame below the API window finds the API",
    swaps: { 'scorm/api-discovery.ts': here('discovery-opener-not-walked/api-discovery.ts') },
    variants: BOTH,
    expectedKilledBy: ['api-discovery-launch-modes'],
  },
  {
    id: 'discovery-top-only',
    title: "API discovery reads window.top's API instead of searching the parent chain",
    breaks:
      'scorm-runtime.md#api-discovery: the API may sit on any ancestor of the content (an LMS page inside a portal frame), so the parent chain is searched window by window',
    swaps: { 'scorm/api-discovery.ts': here('discovery-top-only/api-discovery.ts') },
    variants: BOTH,
    expectedKilledBy: ['api-discovery-launch-modes'],
  },
  {
    id: 'discovery-auto-prefers-12',
    title: 'The build that picks its API takes API before API_1484_11 when the LMS offers both',
    breaks: `${SPEC}: "the same content package will run inside any LMS that conforms to the standard"; an LMS may offer both objects (scorm-runtime.md#api-discovery), and the build that picks its API takes 2004's first`,
    swaps: { 'scorm/api-discovery.ts': here('discovery-auto-prefers-12/api-discovery.ts') },
    variants: ['auto', 'auto-1.2'],
    expectedKilledBy: ['api-objects'],
  },
  {
    id: 'score-rounded-12',
    title: '1.2 score.raw written rounded to a whole number',
    breaks:
      'scorm-runtime.md#cmi-core-score-raw: cmi.core.score.raw is CMIDecimal (#types-12), so a raw of 69.375 is written as such, not as 69',
    swaps: { 'core/report-12.ts': here('score-rounded-12/report-12.ts') },
    variants: ['1.2'],
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'score-clamped-per-challenge',
    title: 'Each challenge score clamped to 160 before averaging',
    breaks: `${SPEC}: "averages the practice scores across the learner's completed challenges and divides by 1.6, then caps the result at 100"`,
    swaps: { 'core/score.ts': here('score-clamped-per-challenge/score.ts') },
    variants: BOTH,
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'session-time-fraction-unpadded',
    title: 'Session time centiseconds without zero padding (7 cs as .7)',
    breaks:
      'scorm-runtime.md#session-time: the session time is the elapsed time of this session, 1.2 CMITimespan HHHH:MM:SS.SS (#types-12), 2004 timeinterval (#type-timeinterval); .7 means 70 cs, not 7',
    swaps: { 'core/time-format.ts': here('session-time-fraction-unpadded/time-format.ts') },
    variants: BOTH,
    expectedKilledBy: ['session-time'],
  },
  {
    id: 'lms-errors-not-recorded',
    title: 'LMS errors asked for but only logged to the console, not recorded in the page',
    breaks:
      'scorm-runtime.md#content-rules check-errors: after a "false" result the bridge asks GetLastError and records the error (README "Page contract": #sch-api-errors > li[data-fn][data-code])',
    swaps: { 'scorm/connection.ts': here('lms-errors-not-recorded/connection.ts') },
    variants: BOTH,
    expectedKilledBy: ['errors-checked'],
  },
  {
    id: 'report-stops-at-refusal',
    title: 'Report writing stops at the first refused SetValue (exit never written)',
    breaks:
      'scorm-runtime.md#content-rules check-errors: after a refused SetValue the bridge checks GetLastError and keeps working; here the elements after it, exit suspend (#entry-exit-12, #entry-exit-2004), are never set',
    swaps: { 'core/bridge.ts': here('report-stops-at-refusal/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['errors-checked'],
  },
  {
    id: 'heartbeat-commit-after-post',
    title: 'The heartbeat re-commits the LMS only once the backend POST succeeded',
    breaks: `${SPEC}: "The same tick re-commits the SCORM data model on the LMS side so completion, score, session time, and suspend data stay in sync"; "so an interrupted session still produces a partially-reported state that the LMS can display"`,
    swaps: { 'core/bridge.ts': here('heartbeat-commit-after-post/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['interrupted-session'],
  },
  {
    id: 'progress-completed-only',
    title: 'Only completed challenges or finished assignments count as recorded progress',
    breaks: `${SPEC}: "or — if no mandatory assignments are pending — once they have any recorded progress"`,
    swaps: { 'core/completion.ts': here('progress-completed-only/completion.ts') },
    variants: BOTH,
    expectedKilledBy: ['completion-rule'],
  },
  {
    id: 'exit-suspend-when-complete',
    title: 'Exit suspend also once the learner finished',
    breaks:
      'scorm-runtime.md#entry-exit-2004: after cmi.exit = "suspend" the attempt stays open and the next launch resumes it; a finished learner exits normally so the attempt ends (#entry-exit-12: 1.2 "" is the normal exit)',
    swaps: { 'core/exit-mode.ts': here('exit-suspend-when-complete/exit-mode.ts') },
    variants: BOTH,
    expectedKilledBy: ['completion-rule', 'success-status-2004', 'lesson-status-12'],
  },
  {
    id: 'resume-prefers-cached-bookmark',
    title: 'On resume, a bookmark copy kept in cmi.location wins over the session endpoint',
    breaks: `${SPEC}: "on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player"`,
    swaps: { 'core/bridge.ts': here('resume-prefers-cached-bookmark/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['resume-rehydrates'],
  },
  {
    id: 'calls-after-terminate',
    title: 'A progress reply landing after Terminate is still written to the LMS and committed',
    breaks:
      'scorm-runtime.md#content-rules finish-once: LMSFinish/Terminate called exactly once; nothing but support calls afterwards',
    swaps: { 'core/bridge.ts': here('calls-after-terminate/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once'],
  },
  {
    id: 'finish-button-no-terminate',
    title: 'The Finish button does not terminate: only closing the window does',
    breaks:
      'scorm-runtime.md#content-rules finish-missing: the session ends without LMSFinish/Terminate when the learner leaves by the Finish button, the normal exit in a frameset',
    swaps: { 'page/controls.ts': here('finish-button-no-terminate/controls.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once'],
  },
  {
    id: 'terminate-on-unload-only',
    title: 'Terminate registered on unload only (no pagehide)',
    breaks:
      'scorm-runtime.md#content-rules finish-missing: closing the window ends the session without LMSFinish/Terminate where the browser no longer runs unload handlers',
    swaps: { 'main.ts': here('terminate-on-unload-only/main.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once'],
  },
  {
    id: 'heartbeat-commit-after-reply',
    title: 'The heartbeat re-commits the LMS only once the backend answered the POST',
    breaks: `${SPEC}: "The same tick re-commits the SCORM data model on the LMS side"`,
    swaps: { 'core/heartbeat.ts': here('heartbeat-commit-after-reply/heartbeat.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'heartbeat-restarts-on-commit',
    title: 'Every commit restarts the heartbeat timer (an idle keep-alive)',
    breaks: `${SPEC}: "fires a heartbeat to the SecureCodingHub backend at POST /api/sch/scorm/heartbeat every 60 seconds"`,
    swaps: { 'core/bridge.ts': here('heartbeat-restarts-on-commit/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['heartbeat-every-60s'],
  },
  {
    id: 'manifest-masteryscore-12',
    title: '1.2 manifest carries an authoring-tool masteryscore of 80',
    breaks: `${SPEC}: "Passing Score | 70 (hardcoded in the launcher; not configurable per package)"; scorm-runtime.md#lesson-status-12: with a mastery score the LMS may set passed/failed from score.raw`,
    swaps: {
      'manifests/imsmanifest-1.2.xml': here('manifest-masteryscore-12/imsmanifest-1.2.xml'),
    },
    variants: ['1.2'],
    expectedKilledBy: ['lesson-status-12'],
  },
  {
    id: 'manifest-satisfied-by-measure-2004',
    title: '2004 manifest primary objective satisfiedByMeasure at 0.8',
    breaks: `${SPEC}: "Passing Score | 70 (hardcoded in the launcher; not configurable per package)"; scorm-runtime.md#status-evaluation-2004: with cmi.scaled_passing_score the LMS derives success_status from score.scaled`,
    swaps: {
      'manifests/imsmanifest-2004.xml': here(
        'manifest-satisfied-by-measure-2004/imsmanifest-2004.xml',
      ),
    },
    variants: ['2004'],
    expectedKilledBy: ['success-status-2004'],
  },
  {
    id: 'manifest-objective-set-by-lms-2004',
    title: '2004 manifest without objectiveSetByContent (completionSetByContent only)',
    breaks:
      'scorm-runtime.md#auto-completion: "if objectiveSetByContent = false and the primary objective\'s progress status is unknown (the SCO reported no success_status) → Objective Progress Status = true and Satisfied = true"',
    swaps: {
      'manifests/imsmanifest-2004.xml': here(
        'manifest-objective-set-by-lms-2004/imsmanifest-2004.xml',
      ),
    },
    variants: ['2004'],
    expectedKilledBy: ['no-auto-completion'],
  },
  {
    id: 'session-time-minutes-unwrapped',
    title: 'Session time minutes not wrapped at 60: 1 h 36 min written as 1 h 96 min',
    breaks:
      "scorm-runtime.md#session-time: the SCO reports this session's elapsed time, 1.2 CMITimespan with minutes below 60 (#types-12), 2004 timeinterval whose hours and minutes add up (#type-timeinterval)",
    swaps: { 'core/time-format.ts': here('session-time-minutes-unwrapped/time-format.ts') },
    variants: BOTH,
    expectedKilledBy: ['suspend-data-envelope'],
  },
  {
    id: 'bookmark-in-location',
    title: 'The bookmark with its hints also written to cmi.location / cmi.core.lesson_location',
    breaks: `${SPEC}: "The LMS therefore never holds challenge content, answer history, or hint state."`,
    swaps: { 'core/bridge.ts': here('bookmark-in-location/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['suspend-data-envelope'],
  },
  {
    id: 'launch-sid-before-resume',
    title: 'On resume, the sid launch parameter wins over the sid in suspend_data',
    breaks: `${SPEC}: "on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player"`,
    swaps: { 'core/open-session.ts': here('launch-sid-before-resume/open-session.ts') },
    variants: BOTH,
    expectedKilledBy: ['resume-rehydrates'],
  },
  {
    id: 'verdict-passed-without-score',
    title: 'Complete without a completed challenge (no score) reports passed',
    breaks: `${SPEC}: "cmi.success_status reflects whether the average passing-score threshold was met"; Passing Score 70: without a score it was not met`,
    swaps: { 'core/status.ts': here('verdict-passed-without-score/status.ts') },
    variants: BOTH,
    expectedKilledBy: ['completion-rule'],
  },
  {
    id: 'score-not-floored-at-0',
    title: 'Raw score not floored at 0: only min(avg / 1.6, 100)',
    breaks: `${SPEC}: "Min Score | 0"; scorm-runtime.md#cmi-core-score-raw (1.2 score.raw is 0 … 100)`,
    swaps: { 'core/score.ts': here('score-not-floored-at-0/score.ts') },
    variants: BOTH,
    expectedKilledBy: ['score-formula'],
  },
  {
    id: 'zero-score-not-progress',
    title: 'A challenge completed with 0 points is not recorded progress',
    breaks: `${SPEC}: "or — if no mandatory assignments are pending — once they have any recorded progress"`,
    swaps: { 'core/completion.ts': here('zero-score-not-progress/completion.ts') },
    variants: BOTH,
    expectedKilledBy: ['completion-rule'],
  },
  {
    id: 'launch-commit-refusal-fatal',
    title: 'The bridge gives up when the LMS refuses the launch-time Commit',
    breaks:
      'scorm-runtime.md#content-rules check-errors: after a "false" result the bridge checks GetLastError and keeps working (session, heartbeat, report)',
    swaps: { 'core/bridge.ts': here('launch-commit-refusal-fatal/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['errors-checked'],
  },
  {
    id: 'session-time-from-session-open',
    title: 'Session time counts from when the backend session opened, not from Initialize',
    breaks:
      "scorm-runtime.md#session-time: the SCO reports this session's elapsed time, from Initialize (the time spent waiting for a slow backend included)",
    swaps: { 'core/bridge.ts': here('session-time-from-session-open/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['session-time'],
  },
  {
    id: 'finish-during-launch-reopens',
    title: "A Finish during the launch's progress read is undone: pagehide terminates again",
    breaks:
      'scorm-runtime.md#content-rules finish-once: LMSFinish/Terminate called exactly once; nothing but support calls afterwards',
    swaps: { 'core/bridge.ts': here('finish-during-launch-reopens/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['initialize-first-terminate-once'],
  },
  {
    id: 'resume-skips-progress',
    title: "A resumed launch does not read the learner's practice progress",
    breaks: `${SPEC}: "on resume, the bridge reads that id back out, calls the SecureCodingHub session endpoint, and uses the server-side state to rehydrate the player"; "The score the LMS receives is computed server-side from the learner's practice progress."`,
    swaps: { 'core/bridge.ts': here('resume-skips-progress/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['resume-rehydrates'],
  },
  {
    id: 'heartbeat-stops-on-backend-error',
    title:
      'The first heartbeat POST the backend refuses stops the heartbeat and its LMS re-commits',
    breaks: `${SPEC}: "The bridge re-commits these elements on every heartbeat tick during an active session, so an interrupted session still produces a partially-reported state that the LMS can display."`,
    swaps: { 'core/bridge.ts': here('heartbeat-stops-on-backend-error/bridge.ts') },
    variants: BOTH,
    expectedKilledBy: ['interrupted-session'],
  },
];
