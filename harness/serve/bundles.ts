/**
 * The serve pages' scripts. The LMS frame runs the mock LMS's own page bundle
 * (harness/lms/runtime-bundle.ts) behind a small prelude that stands in for what the test driver
 * gives it elsewhere: a clock on real time (a person is clicking) and a bridge that posts every batch
 * of messages to the serve LMS. The panel script is bundled here, once per process.
 */
import { bundleForBrowser, lmsPageBundle } from '../lms/runtime-bundle.ts';

export const SERVE_BRIDGE = '__serveBridge';

/** sendBeacon survives the page going away, as a real LMS's exit save must; fetch if refused. */
const PRELUDE = `(function () {
  var start = performance.now();
  window.__harnessVirtualClock = { elapsed: function () { return Math.round(performance.now() - start); } };
  window.${SERVE_BRIDGE} = function (payload) {
    var url = window.__harnessLaunch.beaconUrl;
    if (!navigator.sendBeacon(url, payload)) fetch(url, { method: 'POST', body: payload, keepalive: true });
  };
})();
`;

let lmsScript: Promise<string> | undefined;
let panelScript: Promise<string> | undefined;

export function serveLmsScript(): Promise<string> {
  lmsScript ??= lmsPageBundle().then((bundle) => PRELUDE + bundle);
  return lmsScript;
}

export function servePanelScript(): Promise<string> {
  panelScript ??= bundleForBrowser(new URL('./browser/panel.browser.ts', import.meta.url));
  return panelScript;
}
