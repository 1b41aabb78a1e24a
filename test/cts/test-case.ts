/**
 * Loads one CTS test case (`TestCases/<NAME>.properties`): its activity visits in file order,
 * each with its expanded commands, as the ADL suite's test-case generator groups them.
 *
 * A key `Act<activity>V<visit>.commands.<n>` belongs to visit `Act<activity>V<visit>`; a new
 * group starts whenever that prefix changes, so `Act1V2` after `Act2V1` is a relaunch of
 * activity 1. Commands run in file order (the ADL generator ignores `<n>`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HarnessError } from '../../harness/errors.ts';
import type { Abbreviations } from './abbreviations.ts';
import { expandCommand, isIgnoredCall, type ExpandedCommand } from './expand.ts';
import { decodeUnicodeEscapes, decodeWindows1252, readTestCaseEntries } from './properties.ts';

export interface CtsCommand {
  /** Position within the visit, in file order. */
  index: number;
  /** The property key, e.g. `Act1V2.commands.7`. */
  key: string;
  line: number;
  /** The command as written, after `\uXXXX` decoding. */
  raw: string;
  call: ExpandedCommand;
}

export interface CtsVisit {
  /** `Act1V2`. */
  name: string;
  /** The activity, matching the manifest item's `act=` parameter: `1`, `1a`. */
  activity: string;
  commands: CtsCommand[];
}

export interface CtsTestCase {
  /** `DMB` (file name without extension). */
  name: string;
  file: string;
  visits: CtsVisit[];
  /** Lines the ADL parser skips because they name no call (a typo in DMI.properties). */
  ignored: { key: string; line: number; raw: string }[];
}

export function loadTestCase(file: string, abbr: Abbreviations): CtsTestCase {
  const text = decodeWindows1252(readFileSync(file));
  try {
    return parseTestCase(basename(file).replace(/\.properties$/, ''), file, text, abbr);
  } catch (error) {
    throw new HarnessError(
      {
        code: 'CONFIG_INVALID',
        file,
        message: `cannot read the CTS test case: ${(error as Error).message}`,
        hint: 'use the ADL SCORM 2004 4th Ed CTS TestCases files unmodified (see the data README)',
      },
      { cause: error },
    );
  }
}

export function parseTestCase(
  name: string,
  file: string,
  text: string,
  abbr: Abbreviations,
): CtsTestCase {
  const visits: CtsVisit[] = [];
  const ignored: CtsTestCase['ignored'] = [];
  for (const entry of readTestCaseEntries(text)) {
    const match = /^Act([^.]*?)V[^.]*\.commands\./.exec(entry.key);
    if (!match) continue;
    const visitName = entry.key.slice(0, entry.key.indexOf('.'));
    let visit = visits[visits.length - 1];
    if (visit?.name !== visitName) {
      visit = { name: visitName, activity: match[1] ?? '', commands: [] };
      visits.push(visit);
    }
    const raw = decodeUnicodeEscapes(entry.value);
    if (isIgnoredCall(raw, abbr)) {
      ignored.push({ key: entry.key, line: entry.line, raw });
      continue;
    }
    try {
      visit.commands.push({
        index: visit.commands.length,
        key: entry.key,
        line: entry.line,
        raw,
        call: expandCommand(raw, abbr),
      });
    } catch (error) {
      throw new SyntaxError(`line ${entry.line} (${entry.key}): ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { name, file, visits, ignored };
}
