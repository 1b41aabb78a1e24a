/** The HTML report's stylesheet, inlined: system fonts only, so the file works offline. */
export const REPORT_CSS = `
:root { --pass: #1a7f37; --fail: #cf222e; --harness: #8250df; --skip: #6e7781; --line: #d0d7de;
  --api: #0969da; --http: #bc4c00; --dialog: #8250df; --console: #6e7781; --lifecycle: #1a7f37; --commit: #bf8700; --deviation: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
#report { max-width: 1200px; margin: 0 auto; padding: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; }
code, pre, .event .label, .event .seq, .event .t { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.facts dt { color: #656d76; } .facts dd { margin: 0; overflow-wrap: anywhere; }
.exit { font-weight: 600; margin: 4px 0; } .exit-0 { color: var(--pass); } .exit-1 { color: var(--fail); } .exit-2 { color: var(--harness); }
nav.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 8px 0 12px; }
nav.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 8px; align-items: center; }
nav.filters legend { float: left; color: #656d76; margin-right: 4px; }
#search { width: 260px; padding: 3px 6px; }
section.scenario { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 10px; padding: 6px 10px; }
summary { cursor: pointer; } summary strong { margin: 0 6px; }
.badge { display: inline-block; min-width: 56px; text-align: center; border-radius: 10px; color: #fff; font-size: 12px; padding: 0 6px; }
.status-pass.badge { background: var(--pass); } .status-fail.badge { background: var(--fail); }
.status-error.badge, .status-timeout.badge, .status-crash.badge { background: var(--harness); } .status-skip.badge { background: var(--skip); }
pre.error { background: #fff8f8; border-left: 3px solid var(--harness); padding: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
ul.findings { list-style: none; padding: 0; margin: 6px 0; }
li.finding { border-left: 3px solid var(--skip); padding: 2px 8px; margin: 4px 0; overflow-wrap: anywhere; }
li.severity-error { border-color: var(--fail); } li.severity-warning { border-color: var(--commit); }
.severity { font-weight: 600; margin-right: 6px; } .hint { color: #656d76; }
button.goto { margin-left: 8px; font-size: 12px; cursor: pointer; }
.muted, .trace-path, .reason, .expected { color: #656d76; margin: 4px 0; }
.timeline { display: grid; grid-template-columns: 64px 1fr; padding: 18px 8px 4px; }
.lanes span { display: block; height: 12px; font-size: 10px; line-height: 12px; color: #656d76; }
.axis { position: relative; height: 88px; border-bottom: 1px solid #8c959f; background: repeating-linear-gradient(#fff 0 12px, #f6f8fa 12px 24px); }
.tick { position: absolute; top: -16px; transform: translateX(-50%); font-size: 11px; color: #656d76; white-space: nowrap; }
.tick.first { transform: none; } .tick.last { transform: translateX(-100%); }
.mark { position: absolute; width: 8px; height: 8px; margin-left: -4px; padding: 0; border: 0; border-radius: 2px; opacity: .8; cursor: pointer; }
.mark.highlight { outline: 3px solid #ffd33d; opacity: 1; z-index: 1; }
.type-api.mark { background: var(--api); } .type-http.mark { background: var(--http); } .type-dialog.mark { background: var(--dialog); }
.type-deviation.mark { background: var(--deviation); } .type-console.mark { background: var(--console); } .type-lifecycle.mark { background: var(--lifecycle); } .type-commit.mark { background: var(--commit); }
.events .block { content-visibility: auto; contain-intrinsic-size: auto 2400px; }
.event { display: grid; grid-template-columns: 56px 72px 72px 1fr; gap: 0 8px; border-top: 1px solid #eaeef2; padding: 2px 6px; }
.event .seq, .event .t { white-space: nowrap; color: #656d76; } .event .type { font-size: 12px; }
.event .label { overflow-wrap: anywhere; min-width: 0; }
.type-api .type { color: var(--api); } .type-http .type { color: var(--http); } .type-dialog .type { color: var(--dialog); }
.type-deviation .type { color: var(--deviation); } .type-console .type { color: var(--console); } .type-lifecycle .type { color: var(--lifecycle); } .type-commit .type { color: var(--commit); }
.event.pointed .seq { color: var(--fail); font-weight: 600; }
.event.highlight { background: #fff8c5; outline: 2px solid #d4a72c; }
table.data-model { border-collapse: collapse; margin: 4px 0; }
table.data-model th, table.data-model td { border: 1px solid #eaeef2; padding: 1px 6px; text-align: left; font-weight: normal; }
table.data-model tr.changed td { background: #dafbe1; }
pre { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
[hidden] { display: none !important; }
`;
