#!/usr/bin/env node
// The only place that sets the exit code: commands return one (citty's habit).
// Signal handlers go in before the (slow) module graph loads, so a Ctrl-C during start-up is handled too.
const signalExitCode = (sig) => (sig === 'SIGTERM' ? 143 : 130);
const argv = process.argv.slice(2);
// monitor (without --once) and dashboard stop on a signal by design: they drain and exit with their own code
const daemon = (argv[0] === 'monitor' && !argv.includes('--once')) || argv[0] === 'dashboard';
const controller = new AbortController();
let first;
let cleanupTempFiles = () => {};
// A partial report file must never survive an exit we did not plan (second signal, watchdog).
process.on('exit', () => cleanupTempFiles());
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // Second signal: stop now, whatever is in flight.
    if (first) process.exit(signalExitCode(first));
    first = sig;
    // First signal: stop starting work, abort requests in flight, write the report marked interrupted.
    controller.abort(Object.assign(new Error(`interrupted by ${sig}`), { name: 'InterruptedError', code: 'E_INTERRUPTED', by: sig }));
    if (!daemon) {
      // Watchdog: whatever still runs, the process ends within 5 s of the first signal (130/143).
      setTimeout(() => {
        process.stderr.write(`launchready: ${sig}: stopped (the run did not stop within 4.5 s; any report file in progress was removed)\n`);
        process.exit(signalExitCode(sig));
      }, 4500).unref();
    }
  });
}

// --version answers from package.json before any module of launchready loads (issue 20: it took 0.6–1.7 s).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
const { main } = await import('../dist/src/cli/main.js');
({ cleanupTempFiles } = await import('../dist/src/cli/output.js'));
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
