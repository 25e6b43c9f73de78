import { defineCheck } from '../../core/check.js';
import { envFiles, envUses, isExampleEnv, parseEnv, PLATFORM_VARS, type RepoProbes, type RepoTarget } from './env.js';

/** Variables the code reads but .env.example does not list: the next deploy or teammate misses them. */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/env-example-missing',
  title: 'Every variable the code reads is in .env.example',
  problem: 'Environment variable missing from .env.example',
  area: 'repo',
  mode: 'passive',
  description: 'The code reads environment variables that .env.example does not document.',
  severity: 'low',
  cwe: 'CWE-1059',
  messages: {
    missing: '{{name}} is read in {{file}}:{{line}} but missing from {{example}}.',
    noExample: 'The code reads {{count}} environment variable(s) ({{names}}) and the repository has no .env.example.',
    ok: '.env.example lists every variable the code reads.',
  },
  remediation: 'List every variable in .env.example with an empty or placeholder value and a comment on where to get it.',
  async run(ctx) {
    const { repo } = ctx.probes;
    const uses = (await envUses(repo)).filter((u) => !PLATFORM_VARS.test(u.name));
    if (uses.length === 0) return ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
    const examples = envFiles(repo.files).filter((f) => isExampleEnv(f.path));
    const names = [...new Set(uses.map((u) => u.name))];
    if (examples.length === 0) {
      // located at the first read, so the finding points at code (instrumentation.ts, a config file...)
      const first = uses[0]!;
      return ctx.report({ messageId: 'noExample', data: { count: names.length, names: names.slice(0, 8).join(', ') }, location: { file: first.file, line: first.line, column: first.column } });
    }
    const documented = new Set<string>();
    for (const e of examples) for (const v of parseEnv((await repo.readText(e.path)) ?? '')) documented.add(v.name);
    const reported = new Set<string>();
    for (const u of uses) {
      if (documented.has(u.name) || reported.has(u.name) || reported.size >= 50) continue;
      reported.add(u.name);
      ctx.report({ messageId: 'missing', data: { name: u.name, file: u.file, line: u.line, example: examples[0]!.path }, location: { file: u.file, line: u.line, column: u.column }, target: `${u.name}` });
    }
    if (reported.size === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
