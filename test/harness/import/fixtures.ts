import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Trace } from '../../../harness/trace/types.ts';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** An API event written compactly: [fn, args, result, error, t]. */
export type Call = [string, string[], string, string, number];

/** Checks the trace holds exactly these API events, numbered from 0. */
export function expectCalls(trace: Trace, calls: Call[]): void {
  expect(trace.events).to.deep.equal(
    calls.map(([fn, args, result, error, t], seq) => ({
      seq,
      t,
      type: 'api',
      fn,
      args,
      result,
      error,
    })),
  );
}
