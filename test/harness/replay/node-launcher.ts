/**
 * A launcher for replay tests without a browser: "content" is a function that calls the API, run
 * against the spec runtime behind the profile layer, recorded as a trace like the live LMS does.
 */
import { Scorm12Api } from '../../../runtime-1.2/index.ts';
import { Scorm2004Api } from '../../../runtime-2004/index.ts';
import { createProfileLayer, type ApiFunctions } from '../../../harness/profiles/profile-layer.ts';
import type { ReplayLauncher } from '../../../harness/replay/replay.ts';
import type { TraceEvent, UnnumberedEvent } from '../../../harness/trace/types.ts';
import { parseTrace } from '../../../harness/trace/validate.ts';
import { traceOf } from './trace-builder.ts';

export type Content = (api: ApiFunctions) => void;

export function nodeLauncher(version: '1.2' | '2004', content: Content): ReplayLauncher {
  return ({ profile }) => {
    const events: TraceEvent[] = [];
    const push = (e: UnnumberedEvent) => events.push({ ...e, seq: events.length } as TraceEvent);
    const layer = createProfileLayer({
      profile,
      version,
      observer: (e) => {
        if (e.type === 'call')
          push({ type: 'api', t: e.t, fn: e.fn, args: e.args, result: e.result, error: e.error });
      },
      onDeviation: (d, t) => push({ type: 'deviation', t, ...d }),
    });
    const options = { ...layer.runtimeOptions({}), observer: layer.observer };
    const runtime = version === '1.2' ? new Scorm12Api(options) : new Scorm2004Api(options);
    content(layer.wrap(runtime));
    return Promise.resolve(parseTrace(traceOf(events, version, profile.name)));
  };
}
