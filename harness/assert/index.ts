/** Trace assertions for chai, and the trace queries they rest on. */
export { traceAssertions } from './trace-assertions.ts';
export * from './queries.ts';
export { eventLine, sliceText } from './trace-text.ts';
