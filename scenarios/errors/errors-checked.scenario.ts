/**
 * After a call that returns "false" the bridge asks the LMS why, with GetLastError, before any
 * other call, and keeps going to a single Terminate (scorm-runtime.md#content-rules, check-errors).
 * Provoked with an LMS that enforces the suspend_data limit (1.2: CMIString4096; 2004: the SPM of
 * 64 000 characters, strict) and a backend whose session ids are longer than that, so the LMS
 * refuses the SetValue of cmi.suspend_data (scorm-runtime.md#cmi-suspend-data).
 */
import { expect } from 'chai';
import { apiCalls } from '../../harness/assert/index.ts';
import { createSchBackend } from '../../harness/backends/sch/index.ts';
import type { ScenarioContext } from '../../harness/scenario/context.ts';
import type { Scenario, ScenarioMeta } from '../../harness/scenario/meta.ts';
import { BridgeLaunch } from '../support/bridge.ts';
import { NAMES } from '../support/elements.ts';

export const meta = {
  id: 'errors-checked',
  title: 'GetLastError right after every call that returns "false"; the bridge keeps going',
  ref: ['scorm-runtime.md#content-rules', 'scorm-runtime.md#cmi-suspend-data'],
  versions: ['1.2', '2004'],
  launchModes: ['frameset'],
  kind: 'should',
  tags: ['errors', 'suspend'],
  rules: ['error-unchecked'],
} as const satisfies ScenarioMeta;

const SUSPEND_DATA_LIMIT = { '1.2': 4096, '2004': 64_000 } as const;

export async function run(ctx: ScenarioContext): Promise<void> {
  const names = NAMES[ctx.version];
  const backend = createSchBackend(
    {
      assignments: [],
      challenges: [{ id: 'sqli-1', completed: false, score: 0 }],
    },
    { sessionIdPrefix: 'x'.repeat(SUSPEND_DATA_LIMIT[ctx.version]) },
  );
  const prefix = ctx.mountBackend(backend);
  const launched = await ctx.launch({
    query: `schBackend=${encodeURIComponent(prefix)}`,
    runtime: ctx.version === '2004' ? { strictSpm: true } : {},
  });
  const launch = new BridgeLaunch(launched, names);
  await launch.ready();
  const trace = await launch.finishButton();

  const calls = apiCalls(trace);
  const refused = calls.filter((e) => e.result === 'false');
  expect(
    refused.some((e) => e.fn === names.setValue && e.args[0] === names.suspendData),
    'the LMS refused the too long suspend_data',
  ).to.equal(true);
  for (const call of refused) {
    const next = calls[calls.indexOf(call) + 1];
    expect(next?.fn, `the call after ${call.fn}(${call.args[0] ?? ''}) = "false"`).to.equal(
      names.getLastError,
    );
  }
  expect(trace).to.have.callCount({ fn: names.terminate }, 1);
}

export const scenario: Scenario = { meta, run };
