import { Scorm2004Api, type Scorm2004Options } from '../../runtime-2004/index.ts';

/** An initialized API. */
export function running(options: Scorm2004Options = {}): Scorm2004Api {
  const api = new Scorm2004Api(options);
  api.Initialize('');
  return api;
}

/** Runs one call and returns what content would see: the result and GetLastError after it. */
export function set(api: Scorm2004Api, element: string, value: string): [string, string] {
  return [api.SetValue(element, value), api.GetLastError()];
}

export function get(api: Scorm2004Api, element: string): [string, string] {
  return [api.GetValue(element), api.GetLastError()];
}
