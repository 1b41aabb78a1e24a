// A realistic SCORM 1.2 session against the spec-exact LMS runtime, then a relaunch that resumes,
// then one SCORM 2004 session. Every API call is printed with its result and error code, as the
// observer reports it. Run: npx tsx examples/runtime-demo.ts
import {
  Scorm12Api,
  type Clock,
  type PersistedState,
  type RuntimeEvent,
  type RuntimeObserver,
} from '../runtime-1.2/index.ts';
import { Scorm2004Api } from '../runtime-2004/index.ts';

/** Each session prints its calls as table rows, on a virtual clock one second per call. */
function session(title: string): { clock: Clock; observer: RuntimeObserver } {
  let t = 1000;
  console.log(`\n${title}\n${'t (s)'.padEnd(7)}${'call'.padEnd(58)}${'result'.padEnd(58)}error`);
  const observer = (event: RuntimeEvent) => {
    if (event.type === 'commit') {
      const size = Object.keys(event.state.data).length;
      console.log(`${''.padEnd(7)}  -> persisted (${event.reason}): ${size} elements`);
      return;
    }
    const call = `${event.fn}(${event.args.map((a) => JSON.stringify(a)).join(', ')})`;
    const result = JSON.stringify(event.result);
    const time = String(event.t / 1000).padEnd(7);
    console.log(`${time}${clip(call, 56).padEnd(58)}${clip(result, 56).padEnd(58)}${event.error}`);
    t += 1000;
  };
  return { clock: { now: () => t }, observer };
}

const clip = (text: string, width: number) =>
  text.length > width ? text.slice(0, width - 1) + '…' : text;

function showState(state: PersistedState): void {
  const { data, ...meta } = state;
  console.log('\npersisted state:', JSON.stringify(meta));
  for (const name of [
    'cmi.core.lesson_status',
    'cmi.core.score.raw',
    'cmi.core.lesson_location',
    'cmi.suspend_data',
    'cmi.core.total_time',
  ]) {
    console.log(`  ${name.padEnd(26)}${JSON.stringify(data[name])}`);
  }
}

// Launch 1: a first attempt at a SCO whose manifest sets <adlcp:masteryscore>80</adlcp:masteryscore>.
const manifest = { learnerId: 'jdoe', learnerName: 'Doe, Jane', masteryScore: 80 };
const first = new Scorm12Api({ ...manifest, ...session('SCORM 1.2, launch 1') });
first.LMSInitialize('');
first.LMSGetValue('cmi.core.entry');
first.LMSGetValue('cmi.core.student_name');
first.LMSSetValue('cmi.core.lesson_status', 'incomplete');
first.LMSSetValue('cmi.core.score.raw', 150); // a number, and out of range: 405
first.LMSGetDiagnostic('');
first.LMSSetValue('cmi.core.score.raw', 62);
first.LMSSetValue('cmi.core.lesson_location', 'module-2');
first.LMSSetValue('cmi.suspend_data', '{"sid":"a1b2","step":2}');
first.LMSCommit('');
first.LMSGetValue('cmi.core.exit'); // write-only: 404
first.LMSSetValue('cmi.core.exit', 'suspend');
first.LMSSetValue('cmi.core.session_time', '00:12:30');
first.LMSFinish('');
first.LMSGetValue('cmi.core.lesson_status'); // after LMSFinish: 301
showState(first.persistedState());

// Launch 2: the LMS relaunches from what it persisted; the learner finishes and passes.
const second = new Scorm12Api({
  ...manifest,
  resume: first.persistedState(),
  ...session('SCORM 1.2, launch 2 (resume)'),
});
second.LMSInitialize('');
second.LMSGetValue('cmi.core.entry');
second.LMSGetValue('cmi.suspend_data');
second.LMSGetValue('cmi.core.total_time');
second.LMSSetValue('cmi.core.score.raw', '88');
second.LMSSetValue('cmi.core.lesson_status', 'completed'); // the mastery score turns this into passed
second.LMSSetValue('cmi.core.exit', '');
second.LMSSetValue('cmi.core.session_time', '00:07:45.5');
second.LMSFinish('');
showState(second.persistedState());

// The same kind of session on SCORM 2004 4th edition: ISO 8601 durations and two statuses.
const api2004 = new Scorm2004Api({
  scaledPassingScore: 0.8,
  ...session('SCORM 2004 4th edition'),
});
api2004.Initialize('');
api2004.SetValue('cmi.completion_status', 'completed');
api2004.SetValue('cmi.score.scaled', '0.88');
api2004.GetValue('cmi.success_status');
api2004.SetValue('cmi.session_time', 'PT7M45.5S');
api2004.Terminate('');
console.log('\npersisted state:', JSON.stringify({ ...api2004.persistedState(), data: '…' }));
