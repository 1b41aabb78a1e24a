/**
 * Mutant of main.ts: Terminate is registered on unload only (the classic `window.onunload =
 * finish`), so where the browser no longer runs unload handlers (Chrome's unload deprecation)
 * closing the course's window ends the session without LMSFinish/Terminate.
 *
 * Browser entry of the bridge package: find the API, connect, start, and Terminate on leaving.
 * `__SCH_API_VARIANT__` is set by build.ts ('1.2', '2004' or 'auto').
 */
import { createBackendClient } from '../../src/backend/client.ts';
import { SchBridge } from '../../src/core/bridge.ts';
import { discoverApi, type ApiVariant } from '../../src/scorm/api-discovery.ts';
import { connect, type ApiErrorRecord } from '../../src/scorm/connection.ts';
import { wireControls } from '../../src/page/controls.ts';
import { DomView } from '../../src/page/dom-view.ts';
import { readLaunchParams } from '../../src/page/launch-params.ts';

declare const __SCH_API_VARIANT__: ApiVariant;

function main(): void {
  const found = discoverApi(window, __SCH_API_VARIANT__);
  const root = document.getElementById('sch-bridge');
  if (!found) {
    root?.setAttribute('data-phase', 'failed');
    const problem = document.getElementById('sch-problem');
    if (problem) {
      problem.hidden = false;
      problem.textContent = 'No SCORM API found: launch this package from an LMS.';
    }
    return;
  }
  const params = readLaunchParams(window.location.search);
  const apiErrors: ApiErrorRecord[] = [];
  const bridge = new SchBridge(
    {
      lms: connect(found.version, found.api, (error) => apiErrors.push(error)),
      backend: createBackendClient(params.backendUrl, (url, init) => fetch(url, init)),
      clock: { now: () => Date.now() },
      timers: {
        setInterval: (fn, ms) => window.setInterval(fn, ms),
        clearInterval: (handle) => window.clearInterval(handle as number),
      },
      view: new DomView(document),
      launchSid: params.sid,
    },
    apiErrors,
  );
  wireControls(document, bridge);
  // finish() terminates only once.
  window.addEventListener('unload', () => bridge.finish());
  void bridge.start();
}

main();
