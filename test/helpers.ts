import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { packageRoot } from '../src/probes/package-root.js';
import type { Io } from '../src/cli/command.js';

export const ROOT = packageRoot();
export const requireFromRoot = createRequire(`${ROOT}/package.json`);

export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

export function testIo(env: Record<string, string | undefined> = {}, cwd = ROOT): Io & { out: Capture; err: Capture } {
  const out = new Capture();
  const err = new Capture();
  return { stdout: out, stderr: err, env: { NO_COLOR: '1', ...env }, cwd, out, err };
}
