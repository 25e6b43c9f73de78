#!/usr/bin/env node
// npm run bench [-- area...]: runs each benchmark (bench/<area>/run.ts compiled to dist/bench/<area>/run.js, or
// bench/<area>/run.mjs) one after another, so their figures do not disturb each other. Benchmarks print their
// own figures and the peers' figures from the same run; they are not tests and assert nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const wanted = process.argv.slice(2);
// Benches that install third-party software (minutes) or need a third-party source (WRONGSECRETS_SRC) run only
// when named: npm run bench -- juiceshop
const OPT_IN = new Set(['juiceshop', 'secrets-wrongsecrets']);
const areas = readdirSync(join(root, 'bench')).filter((d) => statSync(join(root, 'bench', d)).isDirectory()).sort();
let failed = 0;
for (const area of areas) {
  if (wanted.length ? !wanted.includes(area) : OPT_IN.has(area)) continue;
  const candidates = [join(root, 'dist', 'bench', area, 'run.js'), join(root, 'bench', area, 'run.mjs'), join(root, 'bench', area, 'run.js')];
  const script = candidates.find((c) => existsSync(c));
  console.log(`\n=== bench/${area} ===`);
  if (!script) {
    console.log(`(no runnable bench in bench/${area}; run npm run build first)`);
    continue;
  }
  const r = spawnSync(process.execPath, ['--expose-gc', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
