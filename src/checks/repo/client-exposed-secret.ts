import { defineCheck } from '../../core/check.js';
import { clientPrefix, envFiles, envUses, judgeValue, parseEnv, PUBLIC_BY_DESIGN_NAME, serverOnlyName, type RepoProbes, type RepoTarget } from './env.js';

/**
 * Variables with a client prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, EXPO_PUBLIC_...) are inlined into the
 * JavaScript every visitor downloads (Next.js, Vite and CRA docs). A secret there is public.
 */
export default defineCheck<RepoTarget, RepoProbes>({
  id: 'repo/client-exposed-secret',
  title: 'No secret behind a client-side env prefix',
  problem: 'Secret exposed to browsers through a client-side env prefix',
  area: 'repo',
  mode: 'passive',
  description: 'A secret-looking variable uses a prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, EXPO_PUBLIC_...) that bundlers inline into browser code.',
  severity: 'high',
  cwe: 'CWE-200',
  messages: {
    value: '{{name}} in {{file}}:{{line}} holds a {{kind}} and its {{prefix}} prefix ships it to every browser.',
    name: '{{name}} ({{file}}:{{line}}) looks server-only but its {{prefix}} prefix ships it to every browser.',
    ok: 'No secret-looking variable uses a client-side prefix.',
  },
  remediation: 'Rename the variable without the client prefix, read it only in server code (API route, server action, edge function) and rotate the value: it was already public.',
  async run(ctx) {
    const { repo } = ctx.probes;
    const seen = new Set<string>();
    for (const f of envFiles(repo.files)) {
      const text = await repo.readText(f.path);
      if (!text) continue;
      for (const v of parseEnv(text)) {
        const prefix = clientPrefix(v.name);
        if (!prefix || seen.has(v.name)) continue;
        const j = judgeValue(v.name, v.value);
        if (j.secret && !j.test && !PUBLIC_BY_DESIGN_NAME.test(v.name)) {
          ctx.secret(v.value);
          seen.add(v.name);
          const critical = j.family === 'payment' || j.family === 'cloud' || j.family === 'database';
          ctx.report({
            messageId: 'value',
            severity: critical ? 'critical' : 'high',
            data: { name: v.name, file: f.path, line: v.line, prefix, kind: j.ruleId ? `${j.ruleId} value` : 'secret value' },
            location: { file: f.path, line: v.line, column: v.column },
            evidence: `${v.name}=${v.value}`,
            target: v.name,
          });
        } else if (serverOnlyName(v.name.slice(prefix.length)) && !PUBLIC_BY_DESIGN_NAME.test(v.name)) {
          // the name says secret even if the value's shape does not: mask it wherever it shows up
          if (v.value) ctx.secret(v.value);
          seen.add(v.name);
          ctx.report({ messageId: 'name', data: { name: v.name, file: f.path, line: v.line, prefix }, location: { file: f.path, line: v.line, column: 1 }, target: v.name });
        }
      }
    }
    for (const u of await envUses(repo)) {
      const prefix = clientPrefix(u.name);
      if (!prefix || seen.has(u.name)) continue;
      if (serverOnlyName(u.name.slice(prefix.length)) && !PUBLIC_BY_DESIGN_NAME.test(u.name)) {
        seen.add(u.name);
        ctx.report({ messageId: 'name', data: { name: u.name, file: u.file, line: u.line, prefix }, location: { file: u.file, line: u.line, column: u.column }, target: u.name });
      }
    }
    if (seen.size === 0) ctx.report({ messageId: 'ok', status: 'pass', severity: 'info' });
  },
});
