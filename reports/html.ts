/**
 * One self-contained HTML file: the report data as JSON in a script element, the stylesheet and
 * the bundled script inline, and a Content-Security-Policy that forbids every network request, so
 * the file can be opened from a CI artifact without reaching anything.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Results } from '../harness/results/types.ts';
import { reportData, scriptSafeJson } from './html-data.ts';
import { REPORT_CSS } from './html-style.ts';
import { xmlText } from './xml.ts';

export interface HtmlOptions {
  /** Page title; default names the command and suite. */
  title?: string;
}

let script: string | undefined;

/** The browser script, bundled once per process (esbuild strips the types). */
function reportScript(): string {
  // A literal "</script" in the bundle would end the element early.
  script ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./browser/report.browser.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent',
  }).outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  return script;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

export function renderHtml(results: Results, options: HtmlOptions = {}): string {
  const title =
    options.title ??
    `scorm-harness ${results.run.command}: ${results.run.suite ?? results.run.package}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${xmlText(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div id="report"></div>',
    `<script type="application/json" id="report-data">${scriptSafeJson(reportData(results, title))}</script>`,
    `<script>${reportScript()}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
