#!/usr/bin/env node
// The only place that sets the exit code: commands return one (citty's habit).
import { main } from '../dist/src/cli/main.js';

const controller = new AbortController();
let signals = 0;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    signals++;
    // First signal: ask long-running commands (monitor) to drain and stop. Second: stop now.
    if (signals > 1) process.exit(130);
    controller.abort(new Error(`received ${sig}`));
  });
}

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  signal: controller.signal,
});
process.exitCode = code;
