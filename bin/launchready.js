#!/usr/bin/env -S node --
// The only place that sets the exit code: commands return one (citty's habit).
import { main, signalExitCode, isDaemon } from '../dist/src/cli/main.js';
import { cleanupTempFiles } from '../dist/src/cli/output.js';
import { InterruptedError } from '../dist/src/core/errors.js';

const argv = process.argv.slice(2);
const daemon = isDaemon(argv);
const controller = new AbortController();
let first;
// A partial report file must never survive an exit we did not plan (second signal, watchdog).
process.on('exit', cleanupTempFiles);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // Second signal: stop now, whatever is in flight.
    if (first) process.exit(signalExitCode(first));
    first = sig;
    // First signal: stop starting work, abort requests in flight, write the report marked interrupted.
    controller.abort(new InterruptedError(sig));
    if (!daemon) {
      // Watchdog: whatever still runs, the process ends within 5 s of the first signal (130/143).
      setTimeout(() => {
        process.stderr.write(`launchready: ${sig}: stopped (the run did not finish within 4.5 s; no report written)\n`);
        process.exit(signalExitCode(sig));
      }, 4500).unref();
    }
  });
}

const code = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: controller.signal,
});
if (first && !daemon) {
  process.exit(signalExitCode(first));
}
process.exitCode = code;
// The run is over: a socket a hanging server keeps open must not keep the process alive (stdout and stderr
// are synchronous for files and pipes on Linux, so nothing written is lost).
setTimeout(() => process.exit(code), 1000).unref();
