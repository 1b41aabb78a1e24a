/** Plain-text report of a CTS run: one figure line per test case, then what fails the run. */
import type { Classified } from './known-divergences.ts';
import type { CommandResult } from './replay.ts';
import type { CtsFileResult } from './suite.ts';

import { clip } from './evaluate.ts';

export function describeCall(result: CommandResult): string {
  const { call } = result.command;
  const target = JSON.stringify(clip(result.element ?? call.target));
  if (call.fn === 'GetLastError') return 'GetLastError()';
  if (call.fn === 'SetValue') return `SetValue(${target}, ${JSON.stringify(clip(call.value))})`;
  return `${call.fn}(${target})`;
}

function describeMismatch(result: CommandResult): string {
  return (
    `${result.testCase} ${result.command.key} ${describeCall(result)}: ` +
    `expected ${result.verdict.expected}, got ${result.verdict.actual}`
  );
}

export function figureLines(files: readonly CtsFileResult[]): string[] {
  return files.map(({ testCase, results }) => {
    const rte = results.filter((r) => r.category === 'rte');
    const sequencing = results.filter((r) => r.category === 'sequencing');
    const matching = (list: CommandResult[]): number => list.filter((r) => r.verdict.match).length;
    let line = `CTS 2004: ${matching(rte)}/${rte.length} commands match (${testCase.name})`;
    if (sequencing.length > 0) {
      line +=
        `; sequencing across activities (adl.nav.request_valid), counted apart: ` +
        `${matching(sequencing)}/${sequencing.length} match`;
    }
    if (testCase.ignored.length > 0) {
      const keys = testCase.ignored.map((i) => i.key).join(', ');
      line += `; ${testCase.ignored.length} line(s) naming no API call skipped as ADL does (${keys})`;
    }
    return line;
  });
}

export function problemLines(classified: Classified, divergencesFile: string): string[] {
  const lines: string[] = [];
  if (classified.known.length > 0) {
    lines.push(`known divergences (${divergencesFile}): ${classified.known.length}`);
    for (const { result, divergence } of classified.known) {
      lines.push(`  ~ ${describeMismatch(result)}`, `      because: ${divergence.reason}`);
    }
  }
  for (const stale of classified.stale) {
    lines.push(
      `✗ stale known divergence: ${stale.testCase} ${stale.command} matches now (or no longer ` +
        `exists); remove it from ${divergencesFile}`,
    );
  }
  lines.push(`mismatches not in ${divergencesFile}: ${classified.unlisted.length}`);
  for (const result of classified.unlisted) lines.push(`  ✗ ${describeMismatch(result)}`);
  return lines;
}
