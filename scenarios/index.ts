/**
 * The bridge conformance gate's scenarios, listed explicitly (no discovery): one behaviour each.
 * Importing this module registers the chai trace assertions the scenarios use.
 */
import { use } from 'chai';
import { traceAssertions } from '../harness/assert/index.ts';
import type { Scenario } from '../harness/scenario/meta.ts';
import { scenario as initializeFirstTerminateOnce } from './lifecycle/initialize-first-terminate-once.scenario.ts';

use(traceAssertions);

export const SCENARIOS: readonly Scenario[] = [initializeFirstTerminateOnce];
