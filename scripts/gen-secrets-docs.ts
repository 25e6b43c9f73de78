/**
 * Generates docs/checks/secrets-<rule>.md for every secrets check and the rules table in docs/secrets.md
 * (between the GENERATED markers). Run: npx tsx scripts/gen-secrets-docs.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC_RULES, RULES } from '../src/checks/secrets/rules.js';
import { SECRET_RULE_CHECKS } from '../src/checks/secrets/checks.js';

const root = join(import.meta.dirname, '..');
const FAMILY_TITLES: Record<string, string> = {
  cloud: 'Cloud and infrastructure',
  payment: 'Payments and commerce',
  vcs: 'Version control',
  chat: 'Chat and messaging',
  email: 'Email delivery',
  ai: 'AI providers',
  database: 'Databases and backends',
  observability: 'Observability and analytics',
  ci: 'CI/CD and developer tools',
  saas: 'SaaS APIs',
  registry: 'Package registries',
  crypto: 'Encryption and password managers',
  auth: 'Auth providers and generic tokens',
  key: 'Private keys',
  generic: 'Generic detectors',
};

const messages = SECRET_RULE_CHECKS[0]!.messages;

function page(r: { id: string; provider: string; family: string; title: string; grants: string; severity: string }, extra: { keywords?: string[]; re?: RegExp; kind?: string; entropy?: number }): string {
  const generic = r.family === 'generic';
  const lines = [
    `# secrets/${r.id}: ${r.title}`,
    '',
    `Provider: **${r.provider}** · family: ${FAMILY_TITLES[r.family] ?? r.family} · default severity: **${r.severity}** · CWE-798 (hard-coded credentials)`,
    '',
    '## What it checks',
    '',
    generic
      ? r.id === 'generic-password'
        ? 'A value assigned to a name that says password (`DB_PASSWORD=...`, `password: "..."`, `"passwd": "..."`) that looks like a real password: at least 8 characters, mixed character classes, enough entropy, and not a placeholder, a reference (`${VAR}`, `process.env.X`), a hash (`$2b$...`) or a ciphertext.'
        : 'A value assigned to a name that says secret, token, API key, credentials or a qualified key (`JWT_SECRET=...`, `"client_secret": "..."`, `apiKey = \'...\'`) that looks random (length, entropy, character classes) and is not a placeholder, a reference, a UUID, a hash, an SRI/lockfile integrity value or a ciphertext. In source code only string literals count.'
      : `Every text file of the repository (tracked files, untracked files that .gitignore does not exclude, built bundles and source maps even when ignored) and, with \`--history\`, every blob of every commit, for ${r.title.toLowerCase().startsWith(r.provider.toLowerCase()) ? 'a' : `a ${r.provider}`} ${r.title.replace(new RegExp(`^${r.provider}\\s*`, 'i'), '')} in its documented format.`,
    '',
  ];
  if (extra.re) {
    lines.push(`Format (regular expression, bounded quantifiers only): \`${extra.re.source.replace(/`/g, '\\`')}\``, '');
    lines.push(`Prefilter keywords: ${extra.keywords!.map((k) => `\`${k}\``).join(', ')} (a file without them never runs the pattern). Minimum entropy: ${extra.entropy} bits/char.`, '');
  }
  if (extra.kind === 'public') lines.push('This key is **public by design**: it is reported as `pass` / `info` so you know it was seen, never as a failure.', '');
  if (extra.kind === 'test') lines.push('This is a **test-mode** credential: reported as `warn` / `low`, never a launch blocker.', '');
  lines.push(
    '## Why it matters',
    '',
    `Anyone who reads the repository, a clone of it, its history or the shipped JavaScript can use it. It grants ${r.grants}.`,
    '',
    'Severity by where it was found: in a built bundle (every visitor downloads it) a payment, cloud, database, registry or private key is **critical**; in the working tree the rule severity applies; only in history (deleted later) it stays **high** at most, because every existing clone still holds it and it works until rotated.',
    '',
    '## How to fix',
    '',
    '1. Rotate the credential at the provider (revoke, then issue a new one). Deleting the line is not enough.',
    '2. Load the new value from the environment or a secret manager; keep `.env` out of git.',
    '3. If it was in history of a public repository, purge it (`git filter-repo`) and force-push after rotating.',
    '4. Add `launchready secrets . --history` (or another scanner) to CI so it does not come back.',
    '',
    '## False positives',
    '',
    'Placeholders and documented examples (`AKIAIOSFODNN7EXAMPLE`, `xxxx`, `changeme`, `<token>`, `${VAR}`), truncated look-alikes and tokens whose structure does not validate are never reported; a token in an exact provider format whose built-in checksum (GitHub, npm) does not verify is a low `unverified` warning (placeholder or corrupted copy). Translation files, UI label keys, public blockchain addresses, unsigned (`alg: none`) tokens and the launchready config itself are not secrets; seed-account passwords in data files are a low `seed` warning. If a finding is still wrong:',
    '',
    '- add `launchready-ignore` (or `gitleaks:allow`) in a comment on the line, or `launchready-ignore-next-line` on the line above;',
    '- accept known findings with a baseline: `launchready secrets . --baseline-write .launchready/secrets-baseline.json`, then `--baseline` (ids survive line moves);',
    `- or add a config allowlist entry with a reason: \`repo.allowlist: [{ checkId: secrets/${r.id}, path: "fixtures/**", reason: "test fixtures" }]\`.`,
    '',
    '## Message ids',
    '',
    ...Object.entries(messages).map(([id, text]) => `- \`${id}\`: ${text}`),
    '- `error`: the scan could not run (unreadable path, git failure); never a pass.',
    '',
  );
  return lines.join('\n');
}

for (const r of RULES) writeFileSync(join(root, 'docs', 'checks', `secrets-${r.id}.md`), page(r, { keywords: r.keywords, re: r.re, kind: r.kind, entropy: r.entropy }));
for (const r of GENERIC_RULES) writeFileSync(join(root, 'docs', 'checks', `secrets-${r.id}.md`), page(r, {}));

// rules table in docs/secrets.md
const byFamily = new Map<string, string[]>();
for (const r of [...RULES, ...GENERIC_RULES]) {
  const list = byFamily.get(r.family) ?? [];
  list.push(`| [\`secrets/${r.id}\`](checks/secrets-${r.id}.md) | ${r.provider} | ${r.title} | ${r.severity}${'kind' in r && r.kind !== 'secret' ? ` (${r.kind})` : ''} |`);
  byFamily.set(r.family, list);
}
const table = [...byFamily]
  .map(([fam, rows]) => [`### ${FAMILY_TITLES[fam] ?? fam} (${rows.length})`, '', '| check | provider | what | severity |', '|---|---|---|---|', ...rows, ''].join('\n'))
  .join('\n');
const docPath = join(root, 'docs', 'secrets.md');
const doc = readFileSync(docPath, 'utf8');
const start = '<!-- GENERATED:rules -->';
const end = '<!-- /GENERATED:rules -->';
const out = doc.slice(0, doc.indexOf(start) + start.length) + `\n\n${RULES.length + GENERIC_RULES.length} checks.\n\n${table}\n` + doc.slice(doc.indexOf(end));
writeFileSync(docPath, out);
console.log(`wrote ${RULES.length + GENERIC_RULES.length} pages`);
