import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The launchready package folder (works from src/ under tsx and from dist/ when compiled). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'launchready') return dir;
        // eslint-disable-next-line launchready/no-swallowed-error -- a package.json that cannot be read or parsed is not launchready's: keep walking up
      } catch {
        /* keep walking */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the launchready package root');
    dir = up;
  }
}
