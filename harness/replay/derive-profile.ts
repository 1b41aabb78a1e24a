/**
 * A customer's trace (native or imported) to the LMS profile that answers like their LMS did: the
 * values it returned to GetValue before the content wrote them, the calls it refused and with
 * which codes, and its answers to Commit. Everything else stays spec behaviour.
 */
import type { LmsProfile, RecordedAnswersQuirk, RecordedRefusal } from '../profiles/types.ts';
import type { ApiEvent, Trace } from '../trace/types.ts';

const GETS = new Set(['LMSGetValue', 'GetValue']);
const SETS = new Set(['LMSSetValue', 'SetValue']);
const COMMITS = new Set(['LMSCommit', 'Commit']);
/** Calls whose refusal is an LMS answer worth replaying (the error-reporting functions are not). */
const ANSWERED = new Set([
  'LMSInitialize',
  'Initialize',
  'LMSFinish',
  'Terminate',
  ...GETS,
  ...SETS,
]);

export function recordedAnswers(trace: Trace): RecordedAnswersQuirk {
  const launchValues: Record<string, string> = {};
  const written = new Set<string>();
  const refused = new Map<string, RecordedRefusal>();
  const commits: { result: string; error: string }[] = [];
  for (const event of trace.events) {
    if (event.type !== 'api') continue;
    const call: ApiEvent = event;
    const element = call.args[0] ?? '';
    if (COMMITS.has(call.fn)) {
      commits.push({ result: call.result, error: call.error });
      continue;
    }
    if (!ANSWERED.has(call.fn)) continue;
    if (call.error !== '0' && call.error !== '') {
      const key = JSON.stringify([call.fn, ...call.args]);
      if (!refused.has(key))
        refused.set(key, { fn: call.fn, args: call.args, result: call.result, error: call.error });
      continue;
    }
    if (GETS.has(call.fn) && !written.has(element) && !(element in launchValues))
      launchValues[element] = call.result;
    if (SETS.has(call.fn)) written.add(element);
  }
  return { quirk: 'recorded-answers', launchValues, refused: [...refused.values()], commits };
}

function profileName(trace: Trace): string {
  // The package's own name, not the folder it was recorded from.
  const slug = (trace.meta.package.split(/[\\/]/).filter(Boolean).at(-1) ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return `replay-of-${slug || 'trace'}`;
}

export function deriveProfile(trace: Trace): LmsProfile {
  const quirk = recordedAnswers(trace);
  const values = Object.keys(quirk.launchValues).length;
  return {
    name: profileName(trace),
    description:
      `The answers the LMS gave in ${trace.meta.package} (SCO ${trace.meta.sco}, SCORM ${trace.meta.version}): ` +
      `${values} launch value${values === 1 ? '' : 's'}, ${quirk.refused.length} refused call${quirk.refused.length === 1 ? '' : 's'}, ` +
      `${quirk.commits.length} Commit answer${quirk.commits.length === 1 ? '' : 's'}; everything else as the spec.`,
    versions: [trace.meta.version],
    quirks: [quirk],
  };
}
