/**
 * The HTML the LMS serves around the content: the launch page (holding the API object and framing
 * the content, or opening it in a popup), the empty pages that nest it N frames deep, the frame
 * that holds the API objects when they are not on the top window, and the launcher page that opens
 * the popup from N frames down (popup:N).
 */
import { HAND_APIS, type LaunchConfig } from './page-protocol.ts';

const FRAME_STYLE = 'html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}';
/** A top-level page without it makes the browser ask for /favicon.ico: one request per launch for nothing. */
export const NO_ICON = '<link rel="icon" href="data:,">';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function launchPage(config: LaunchConfig, title: string, bundleUrl: string): string {
  // The popup's Launch button is the page's own, or (popup:N) on a launcher page N frames down.
  const body =
    config.mode === 'popup'
      ? '<button id="launch" type="button">Launch</button>'
      : '<iframe id="sco" title="content"></iframe>';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${NO_ICON}
<style>${FRAME_STYLE}</style>
<script>window.__harnessLaunch = ${scriptJson(config)};</script>
<script src="${escapeHtml(bundleUrl)}"></script>
</head><body>${body}</body></html>
`;
}

/** URL of the nesting page that frames `contentUrl` `levels` frames further down. */
export function nestUrl(sessionBase: string, levels: number, contentUrl: string): string {
  const query = new URLSearchParams({ levels: String(levels), url: contentUrl });
  return `${sessionBase}nest?${query.toString()}`;
}

/** URL of the frame that holds the API objects (apiWindowDepth) and frames `frameUrl`. */
export function apiFrameUrl(sessionBase: string, frameUrl: string): string {
  return `${sessionBase}nest/api?${new URLSearchParams({ url: frameUrl }).toString()}`;
}

/**
 * Takes the API objects from the LMS page before its frame exists, so they are there before the
 * content's discovery runs (scorm-runtime.md#api-discovery, "timing").
 */
export function apiFramePage(frameUrl: string): string {
  const take = `<script>top.${HAND_APIS}(window);</script>`;
  return framePage({ title: 'player', frameTitle: 'content', frameUrl, head: take });
}

/**
 * URL of the page whose Launch button opens `contentUrl` in a popup (popup:N). Under the nesting
 * pages' path: the exit watch counts it among the LMS's own pages, not the content.
 */
export function launcherUrl(sessionBase: string, contentUrl: string): string {
  return `${sessionBase}nest/launcher?${new URLSearchParams({ url: contentUrl }).toString()}`;
}

/**
 * The popup is opened by this page's own script, so its opener is this frame, not the window
 * holding the API: content must search the opener's ancestors (scorm-runtime.md#api-discovery).
 */
export function launcherPage(contentUrl: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>launcher</title></head>
<body><button id="launch" type="button" data-url="${escapeHtml(contentUrl)}"
 onclick="window.open(this.dataset.url, 'sco')">Launch</button></body></html>
`;
}

export function nestPage(frameUrl: string): string {
  return framePage({ title: 'nest', frameTitle: 'nested', frameUrl });
}

/** A page of the LMS's own that only frames `frameUrl` (after what `head` runs, if given). */
function framePage(page: { title: string; frameTitle: string; frameUrl: string; head?: string }) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${page.title}</title><style>${FRAME_STYLE}</style>${page.head ?? ''}</head>
<body><iframe title="${page.frameTitle}" src="${escapeHtml(page.frameUrl)}"></iframe></body></html>
`;
}
