// The read-ahead worker's entry (jsonl-read-ahead.ts). A worker thread does not inherit the tsx
// loader the CLI registers at run time (bin/scorm-harness.js), so it registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./jsonl-worker.ts');
