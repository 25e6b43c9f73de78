import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// dist/src/version.js -> ../../package.json; src/version.ts under tsx -> ../package.json
function readVersion(): string {
  for (const p of ['../../package.json', '../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'launchready' && pkg.version) return pkg.version;
    } catch {
      /* try the next layout */
    }
  }
  return '0.0.0';
}

export const VERSION = readVersion();
