// scorm-again (the peer) set up as an LMS would launch a first attempt, in Node: no commit URL
// (storeData then succeeds locally), autocommit off, logging silenced. It reports errors through
// its own GetLastError, exactly as content sees it.
import type Scorm12APIClass from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import type Scorm2004APIClass from 'scorm-again/scorm2004';
import * as scorm2004 from 'scorm-again/scorm2004';

// The ESM builds export the classes by name while the bundled typings declare a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12APIClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004APIClass };

export const LEARNER = { id: 'learner-1', name: 'Doe, Jane' } as const;

/** An API object reached by its SCORM function names, whatever the implementation. */
export type ApiObject = Record<string, (...args: unknown[]) => string>;

const NONE = 5; // scorm-again LogLevelEnum.NONE
const settings = {
  logLevel: NONE,
  autocommit: false,
  lmsCommitUrl: false,
  onLogMessage: () => undefined,
} as const;

const FUNCTIONS = [
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'],
  ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'],
  ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
].flat();

/**
 * scorm-again writes some warnings straight to console.warn (e.g. when it rewrites 1.2 exit
 * 'normal' to ''), bypassing its log level; they are muted for the duration of each call.
 */
function quiet(api: object): ApiObject {
  const target = api as ApiObject;
  const wrapped: ApiObject = {};
  for (const name of FUNCTIONS) {
    const fn = target[name];
    if (typeof fn !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        return fn.apply(target, args);
      } finally {
        console.warn = warn;
      }
    };
  }
  return wrapped;
}

export function peer12(): ApiObject {
  const api = new Scorm12API(settings);
  // The LMS populates the read-only launch values before LMSInitialize (scorm-again leaves
  // them empty and lets them be set until initialization).
  api.cmi.core.student_id = LEARNER.id;
  api.cmi.core.student_name = LEARNER.name;
  api.cmi.core.credit = 'credit';
  api.cmi.core.entry = 'ab-initio';
  api.cmi.core.lesson_mode = 'normal';
  return quiet(api);
}

export function peer2004(): ApiObject {
  const api = new Scorm2004API(settings);
  api.cmi.learner_id = LEARNER.id;
  api.cmi.learner_name = LEARNER.name;
  api.cmi.credit = 'credit';
  api.cmi.entry = 'ab-initio';
  api.cmi.mode = 'normal';
  return quiet(api);
}
