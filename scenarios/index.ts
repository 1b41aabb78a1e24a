/**
 * The bridge conformance gate's scenarios, listed explicitly (no discovery), in the order of the
 * issue's list. Importing this module registers the chai trace assertions the scenarios use.
 */
import { use } from 'chai';
import { traceAssertions } from '../harness/assert/index.ts';
import type { Scenario } from '../harness/scenario/meta.ts';
import { scenario as initializeFirstTerminateOnce } from './lifecycle/initialize-first-terminate-once.scenario.ts';
import { scenario as incompleteOnLaunch } from './status/incomplete-on-launch.scenario.ts';
import { scenario as noAutoCompletion } from './status/no-auto-completion.scenario.ts';
import { scenario as completionRule } from './completion/completion-rule.scenario.ts';
import { scenario as successStatus2004 } from './status/success-status-2004.scenario.ts';
import { scenario as lessonStatus12 } from './status/lesson-status-12.scenario.ts';
import { scenario as scoreFormula } from './score/score-formula.scenario.ts';
import { scenario as scaledOnly2004 } from './score/scaled-only-2004.scenario.ts';
import { scenario as sessionTime } from './time/session-time.scenario.ts';
import { scenario as suspendDataEnvelope } from './suspend/suspend-data-envelope.scenario.ts';
import { scenario as resumeRehydrates } from './resume/resume-rehydrates.scenario.ts';
import { scenario as heartbeatEvery60s } from './heartbeat/heartbeat-every-60s.scenario.ts';
import { scenario as interruptedSession } from './heartbeat/interrupted-session.scenario.ts';
import { scenario as launchModes } from './discovery/launch-modes.scenario.ts';
import { scenario as apiDepth2004 } from './discovery/api-depth-2004.scenario.ts';
import { scenario as apiObjects } from './discovery/api-objects.scenario.ts';
import { scenario as errorsChecked } from './errors/errors-checked.scenario.ts';

use(traceAssertions);

export const SCENARIOS: readonly Scenario[] = [
  initializeFirstTerminateOnce,
  incompleteOnLaunch,
  noAutoCompletion,
  completionRule,
  successStatus2004,
  lessonStatus12,
  scoreFormula,
  scaledOnly2004,
  sessionTime,
  suspendDataEnvelope,
  resumeRehydrates,
  heartbeatEvery60s,
  interruptedSession,
  launchModes,
  apiDepth2004,
  apiObjects,
  errorsChecked,
];
