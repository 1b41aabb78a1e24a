/**
 * Launch parameters, read from the launch URL's query string (the LMS or harness appends them; a
 * manifest item may also carry them in `parameters`, scorm-runtime.md#launch-url):
 * - `schBackend`: base URL of the SecureCodingHub backend; default "" = the page's own origin.
 * - `sid`: a session the launcher created already; used on first launch only (a resume uses the
 *   sid stored in cmi.suspend_data).
 */
export interface LaunchParams {
  backendUrl: string;
  sid: string | undefined;
}

export function readLaunchParams(search: string): LaunchParams {
  const query = new URLSearchParams(search);
  const sid = query.get('sid');
  return { backendUrl: query.get('schBackend') ?? '', sid: sid ? sid : undefined };
}
