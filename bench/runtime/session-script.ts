// What one course session does through the API, as a fixed list of calls per version: read the
// launch state, bookmark and save a few KB of suspend_data on every page, commit now and then,
// journal interactions, report objectives, score and status, then end the session.

export type Call = readonly [fn: string, ...args: string[]];

const PAGES = 20;
const INTERACTIONS = 10;
const OBJECTIVES = 3;

/** suspend_data of about 3 KB that grows a little on every page, like a course's saved state. */
function suspendData(page: number): string {
  const visited = Array.from({ length: page + 1 }, (_, i) => `p${i}`);
  const answers = Array.from({ length: 120 }, (_, i) => `q${i}:${(i * 7 + page) % 4}`);
  return JSON.stringify({ v: 1, page, visited, answers, notes: 'n'.repeat(1500) });
}

export function sessionScript12(): Call[] {
  const calls: Call[] = [['LMSInitialize', '']];
  for (const e of ['student_id', 'student_name', 'entry', 'lesson_status', 'lesson_location']) {
    calls.push(['LMSGetValue', `cmi.core.${e}`]);
  }
  calls.push(['LMSGetValue', 'cmi.suspend_data'], ['LMSGetValue', 'cmi.launch_data']);
  calls.push(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']);
  for (let page = 0; page < PAGES; page++) {
    calls.push(['LMSSetValue', 'cmi.core.lesson_location', `page-${page}`]);
    calls.push(['LMSSetValue', 'cmi.suspend_data', suspendData(page)]);
    calls.push(['LMSGetLastError']);
    if (page % 5 === 4) calls.push(['LMSCommit', '']);
  }
  for (let n = 0; n < INTERACTIONS; n++) {
    const i = `cmi.interactions.${n}`;
    calls.push(
      ['LMSSetValue', `${i}.id`, `q${n}`],
      ['LMSSetValue', `${i}.type`, 'choice'],
      ['LMSSetValue', `${i}.objectives.0.id`, `obj${n % OBJECTIVES}`],
      ['LMSSetValue', `${i}.time`, '10:15:30'],
      ['LMSSetValue', `${i}.correct_responses.0.pattern`, 'a,c'],
      ['LMSSetValue', `${i}.student_response`, n % 2 ? 'a,c' : 'b'],
      ['LMSSetValue', `${i}.result`, n % 2 ? 'correct' : 'wrong'],
      ['LMSSetValue', `${i}.weighting`, '1'],
      ['LMSSetValue', `${i}.latency`, '00:00:12.5'],
      ['LMSGetValue', 'cmi.interactions._count'],
    );
  }
  for (let n = 0; n < OBJECTIVES; n++) {
    const o = `cmi.objectives.${n}`;
    calls.push(
      ['LMSSetValue', `${o}.id`, `obj${n}`],
      ['LMSSetValue', `${o}.score.raw`, String(60 + n * 10)],
      ['LMSSetValue', `${o}.score.min`, '0'],
      ['LMSSetValue', `${o}.score.max`, '100'],
      ['LMSSetValue', `${o}.status`, n ? 'passed' : 'failed'],
    );
  }
  calls.push(
    ['LMSSetValue', 'cmi.core.score.raw', '80'],
    ['LMSSetValue', 'cmi.core.score.min', '0'],
    ['LMSSetValue', 'cmi.core.score.max', '100'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'passed'],
    ['LMSSetValue', 'cmi.core.session_time', '00:24:13.5'],
    ['LMSSetValue', 'cmi.core.exit', 'suspend'],
    ['LMSCommit', ''],
    ['LMSFinish', ''],
  );
  return calls;
}

export function sessionScript2004(): Call[] {
  const calls: Call[] = [['Initialize', '']];
  for (const e of ['learner_id', 'learner_name', 'entry', 'completion_status', 'success_status']) {
    calls.push(['GetValue', `cmi.${e}`]);
  }
  calls.push(['GetValue', 'cmi.mode'], ['GetValue', 'cmi.credit']);
  calls.push(['SetValue', 'cmi.completion_status', 'incomplete']);
  for (let page = 0; page < PAGES; page++) {
    calls.push(['SetValue', 'cmi.location', `page-${page}`]);
    calls.push(['SetValue', 'cmi.suspend_data', suspendData(page)]);
    calls.push(['SetValue', 'cmi.progress_measure', String((page + 1) / PAGES)]);
    calls.push(['GetLastError']);
    if (page % 5 === 4) calls.push(['Commit', '']);
  }
  for (let n = 0; n < INTERACTIONS; n++) {
    const i = `cmi.interactions.${n}`;
    calls.push(
      ['SetValue', `${i}.id`, `urn:course:q${n}`],
      ['SetValue', `${i}.type`, 'choice'],
      ['SetValue', `${i}.objectives.0.id`, `urn:course:obj${n % OBJECTIVES}`],
      ['SetValue', `${i}.timestamp`, '2024-05-01T10:15:30'],
      ['SetValue', `${i}.correct_responses.0.pattern`, 'a[,]c'],
      ['SetValue', `${i}.learner_response`, n % 2 ? 'a[,]c' : 'b'],
      ['SetValue', `${i}.result`, n % 2 ? 'correct' : 'incorrect'],
      ['SetValue', `${i}.weighting`, '1'],
      ['SetValue', `${i}.latency`, 'PT12.5S'],
      ['SetValue', `${i}.description`, `Question ${n}`],
      ['GetValue', 'cmi.interactions._count'],
    );
  }
  for (let n = 0; n < OBJECTIVES; n++) {
    const o = `cmi.objectives.${n}`;
    calls.push(
      ['SetValue', `${o}.id`, `urn:course:obj${n}`],
      ['SetValue', `${o}.score.scaled`, String(0.6 + n / 10)],
      ['SetValue', `${o}.score.raw`, String(60 + n * 10)],
      ['SetValue', `${o}.success_status`, n ? 'passed' : 'failed'],
      ['SetValue', `${o}.completion_status`, 'completed'],
    );
  }
  calls.push(
    ['SetValue', 'cmi.score.scaled', '0.8'],
    ['SetValue', 'cmi.score.raw', '80'],
    ['SetValue', 'cmi.score.min', '0'],
    ['SetValue', 'cmi.score.max', '100'],
    ['SetValue', 'cmi.success_status', 'passed'],
    ['SetValue', 'cmi.completion_status', 'completed'],
    ['SetValue', 'cmi.session_time', 'PT24M13.5S'],
    ['SetValue', 'cmi.exit', 'suspend'],
    ['Commit', ''],
    ['Terminate', ''],
  );
  return calls;
}
