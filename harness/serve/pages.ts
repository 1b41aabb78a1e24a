/** The serve LMS's HTML: the list of SCOs, the player (LMS frame beside the live panel), and the
 * page an LMS frame is sent to when the learner suspends. */
import type { ScormPackage } from '../package/types.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BASE_STYLE = `body{font:14px system-ui,sans-serif;margin:0;color:#1d2433}
h1{font-size:18px;margin:12px 16px}a{color:#1a5fb4}`;

export function scoListPage(pkg: ScormPackage): string {
  const rows = pkg.scos
    .map(
      (sco, i) =>
        `<li><a class="sco" href="/sco/${i}">${escapeHtml(sco.title)}</a> <code>${escapeHtml(sco.identifier)}</code> <span class="muted">${escapeHtml(sco.launchUrl)}</span></li>`,
    )
    .join('\n');
  const version = pkg.edition
    ? `SCORM ${pkg.version} ${pkg.edition} Edition`
    : `SCORM ${pkg.version}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(pkg.organization.title)} · scorm-harness serve</title>
<style>${BASE_STYLE}ul{margin:0 16px;padding-left:20px}li{margin:6px 0}.muted{color:#6b7280}</style></head>
<body><h1>${escapeHtml(pkg.organization.title)}</h1>
<p style="margin:0 16px 12px">${escapeHtml(version)} · ${pkg.scos.length} SCO${pkg.scos.length === 1 ? '' : 's'} · ${escapeHtml(pkg.source)}</p>
<ul id="scos">
${rows}
</ul></body></html>
`;
}

export interface PlayerInfo {
  sco: number;
  title: string;
  version: '1.2' | '2004';
}

export function playerPage(info: PlayerInfo, panelScriptUrl: string): string {
  const json = JSON.stringify(info).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)} · scorm-harness serve</title>
<style>${BASE_STYLE}
main{display:grid;grid-template-columns:minmax(0,1fr) 520px;height:100vh}
#lms{border:0;border-right:1px solid #d0d5dd;width:100%;height:100%}
aside{overflow:auto;padding:8px 12px}
.buttons{display:flex;gap:8px;margin:8px 0}button{font:inherit;padding:4px 10px}
#status{color:#374151;margin:4px 0 8px}
table{border-collapse:collapse;width:100%;font:12px ui-monospace,monospace}
th,td{text-align:left;border-bottom:1px solid #eef0f3;padding:2px 4px;vertical-align:top;overflow-wrap:anywhere}
td:nth-child(-n+2){white-space:nowrap}
tr.false td{background:#fdecea}tr.launch td{background:#eef4ff;font-weight:600}
h2{font-size:14px;margin:12px 0 4px}</style>
<script>window.__serve = ${json};</script>
<script src="${escapeHtml(panelScriptUrl)}" defer></script>
</head><body><main>
<iframe id="lms" title="LMS window"></iframe>
<aside>
<a href="/">all SCOs</a>
<h1>${escapeHtml(info.title)}</h1>
<div class="buttons">
<button id="suspend" type="button">Suspend</button>
<button id="relaunch" type="button">Relaunch</button>
<button id="reset" type="button">Reset attempt</button>
</div>
<div id="status">starting…</div>
<h2>API calls</h2>
<table id="calls"><thead><tr><th>#</th><th>t (ms)</th><th>call</th><th>result</th><th>error</th></tr></thead><tbody></tbody></table>
<h2 id="model-title">Data model</h2>
<table id="model"><thead><tr><th>element</th><th>value</th></tr></thead><tbody></tbody></table>
</aside></main></body></html>
`;
}

export function suspendedPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>suspended</title>
<style>${BASE_STYLE}</style></head><body><p style="margin:16px">The learner left the SCO. Relaunch to resume, or reset the attempt.</p></body></html>
`;
}
