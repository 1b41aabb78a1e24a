/** The scorm-harness binary (bin/scorm-harness.js loads this through tsx). */
import { runCli } from './program.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
