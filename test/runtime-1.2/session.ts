// Test helpers: an API in a chosen state, and calls answered as [result, GetLastError()].
import { Scorm12Api, type Scorm12Options } from '../../runtime-1.2/index.ts';

export type ApiStateName = 'not-initialized' | 'running' | 'terminated';

export function apiIn(state: ApiStateName, options: Scorm12Options = {}): Scorm12Api {
  const api = new Scorm12Api(options);
  if (state !== 'not-initialized') api.LMSInitialize('');
  if (state === 'terminated') api.LMSFinish('');
  return api;
}

export function running(options: Scorm12Options = {}): Scorm12Api {
  return apiIn('running', options);
}

/** [what the function returned, what LMSGetLastError returns right after]. */
export function get(api: Scorm12Api, element: unknown): [string, string] {
  const result = api.LMSGetValue(element);
  return [result, api.LMSGetLastError()];
}

export function set(api: Scorm12Api, element: unknown, value: unknown): [string, string] {
  const result = api.LMSSetValue(element, value);
  return [result, api.LMSGetLastError()];
}
