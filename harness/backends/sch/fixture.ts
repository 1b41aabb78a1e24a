/**
 * Per-scenario fixtures of the mock SecureCodingHub backend: the learner's assignments and
 * practice progress, and session records. Contract: fixture.schema.json (checked on load).
 */
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { HarnessError } from '../../errors.ts';
import { describeSchemaErrors } from '../../schema-errors.ts';
import { readJsonFile } from '../../json-file.ts';

export interface SchBookmark {
  topic: string;
  challenge: string;
  /** 1 or 2 (spec: "Phase 1 + Phase 2"). */
  phase: number;
  hints: string[];
}

export interface SchAssignment {
  id: string;
  title?: string;
  mandatory: boolean;
  finished: boolean;
  /** Finished automatically once all these challenges are completed. */
  challenges?: string[];
}

export interface SchChallenge {
  id: string;
  topic?: string;
  completed: boolean;
  /** Internal scale 0–160. */
  score: number;
}

export interface SchSessionFixture {
  id: string;
  learnerId?: string;
  bookmark: SchBookmark;
  sessionTime?: string;
}

export interface SchFixture {
  description?: string;
  learner?: { id: string; name: string };
  assignments: SchAssignment[];
  challenges: SchChallenge[];
  /** Bookmark of sessions created during the run; default: empty topic/challenge, phase 1. */
  newSessionBookmark?: SchBookmark;
  sessions?: SchSessionFixture[];
}

const schema = createRequire(import.meta.url)('./fixture.schema.json') as object;
const validate = new Ajv({ allErrors: true }).compile<SchFixture>(schema);

/** Validates a parsed fixture; `file` names it in the error. */
export function parseSchFixture(value: unknown, file?: string): SchFixture {
  if (!validate(value)) {
    throw new HarnessError({
      code: 'CONFIG_INVALID',
      file,
      message: `invalid SecureCodingHub backend fixture: ${describeSchemaErrors(validate.errors)}`,
      hint: 'fixtures follow harness/backends/sch/fixture.schema.json',
    });
  }
  return value;
}

export function loadSchFixture(file: string): SchFixture {
  const value = readJsonFile(file, {
    code: 'CONFIG_INVALID',
    unreadable: { message: 'cannot read the backend fixture', hint: 'check the path' },
    notJson: { message: 'the backend fixture is not JSON', hint: 'fix the JSON syntax' },
  });
  return parseSchFixture(value, file);
}
