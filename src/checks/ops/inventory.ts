import { maskSecret, secretFingerprint } from '../../core/redact.js';
import type { Finding } from '../../core/types.js';
import { endpointOf, keyMode, type EnvSet, type OpsTarget, type SecretInfo } from './model.js';

/**
 * Secret inventory and rotation plan: every credential the run knows about (env files of each environment,
 * provider keys the repo scan found in the tree, history and bundles, keys found in logs), joined by value
 * fingerprint (sha256 prefix, the same one the redactor prints as `(fp:...)`), never by value. Pure.
 */

export interface TableSection {
  title: string;
  description?: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export interface InventoryInput {
  target: OpsTarget;
  findings: readonly Finding[];
  /** variable name -> source files that read it (process.env.X, os.environ[...], ...) */
  usage: Map<string, string[]>;
  /** env file (as shown) -> its path relative to the repo root, when the repo stage scans that root */
  repoPathOf(file: string): string | undefined;
  /** why the source could not be searched for uses (then "Used in" says so instead of "(no use found)") */
  usageError?: string;
  /** owner used when a credential has none (project.owner) */
  defaultOwner?: string;
}

interface Row {
  key: string;
  name: string;
  provider: string;
  grants: string;
  masked: string;
  usedIn: Set<string>;
  envs: Map<string, string>; // env -> fp
  fps: Set<string>;
  testFps: Set<string>;
  exposed: Set<string>;
  reasons: Set<string>;
  owner: string;
  lastRotated: string;
  production: boolean;
  /** only a test-mode key was exposed: listed, not in the must-rotate plan */
  testOnly?: boolean;
}

const DAY = 86_400_000;

function fpOf(f: Finding): string | undefined {
  const m = f.meta as Record<string, unknown> | undefined;
  const v = m?.secretFingerprint ?? m?.fingerprint;
  return typeof v === 'string' && /^[0-9a-f]{8}$/.test(v) ? v : undefined;
}

function exposureOf(f: Finding): string {
  const loc = f.location ?? {};
  const meta = (f.meta ?? {}) as Record<string, unknown>;
  const where = `${loc.file ?? '?'}${loc.line ? `:${loc.line}` : ''}`;
  if (f.checkId.startsWith('logs/')) return `logs ${where}`;
  if (meta.shipped === true) return `shipped bundle ${where}`;
  if (loc.commit && meta.stillPresent === false) return `git history (commit ${loc.commit.slice(0, 8)}, removed since: still valid until rotated)`;
  if (loc.commit) return `committed ${where} (since commit ${loc.commit.slice(0, 8)})`;
  if (f.checkId === 'repo/client-exposed-secret') return `client-exposed ${where}`;
  return `committed ${where}`;
}

/** Extra fingerprints under which a value may show up elsewhere: the password part of a connection URL. */
function altFingerprints(value: string): string[] {
  const out: string[] = [];
  const m = /^[a-z][a-z0-9+.-]{1,20}:\/\/[^:/@\s]{0,200}:([^@/\s]{3,400})@/i.exec(value);
  if (m) {
    out.push(secretFingerprint(m[1]!));
    try {
      out.push(secretFingerprint(decodeURIComponent(m[1]!)));
    } catch {
      /* not URL-encoded */
    }
  }
  return out;
}

function short(list: Iterable<string>, n = 3): string {
  const a = [...list];
  return a.length <= n ? a.join(', ') : `${a.slice(0, n).join(', ')} +${a.length - n} more`;
}

export function buildInventory(input: InventoryInput): { secretInventory: TableSection; rotationPlan: TableSection } {
  const t = input.target;
  const rows = new Map<string, Row>();
  const byFp = new Map<string, Row>();
  const byRepoName = new Map<string, Row>();
  const byRepoLine = new Map<string, Row>();
  const cfg = new Map(t.credentials.map((c) => [c.name, c]));

  const newRow = (key: string, name: string, info: Partial<SecretInfo>): Row => {
    const c = cfg.get(name);
    const r: Row = {
      key,
      name,
      provider: c?.provider ?? info.provider ?? 'unknown',
      grants: c?.grants ?? info.grants ?? '',
      masked: '',
      usedIn: new Set([...(c?.usedBy ?? [])]),
      envs: new Map(),
      fps: new Set(),
      testFps: new Set(),
      exposed: new Set(),
      reasons: new Set(),
      owner: c?.owner ?? '',
      lastRotated: c?.lastRotated ?? '',
      production: false,
    };
    rows.set(key, r);
    return r;
  };

  // 1. env files: one row per variable name holding a secret in any environment
  const judged = (set: EnvSet) => set.vars.filter((v) => v.value).map((v) => ({ v, info: t.judge(v.name, v.value) })).filter((x) => x.info.secret || cfg.has(x.v.name));
  for (const set of t.envs) {
    for (const { v, info } of judged(set)) {
      const key = `var:${v.name}`;
      const r = rows.get(key) ?? newRow(key, v.name, info);
      if (r.provider === 'unknown' && info.provider) r.provider = info.provider;
      if (!r.grants && info.grants) r.grants = info.grants;
      const fp = secretFingerprint(v.value);
      r.envs.set(set.env, fp);
      r.fps.add(fp);
      if (info.test) r.testFps.add(fp);
      for (const alt of altFingerprints(v.value)) byFp.set(alt, r);
      byFp.set(fp, r);
      if (set.env === t.production) {
        r.production = true;
        r.masked = maskSecret(v.value);
      } else if (!r.masked) r.masked = maskSecret(v.value);
      if (set.env !== t.production && keyMode(v.value) === 'live') r.reasons.add(`live-mode key in ${set.env}`);
      const rp = input.repoPathOf(set.file);
      if (rp) {
        byRepoName.set(`${rp}|${v.name}`, r);
        byRepoLine.set(`${rp}|${v.line}`, r);
      }
      for (const u of input.usage.get(v.name) ?? []) r.usedIn.add(u);
    }
  }
  // credentials the config lists that no env file holds (values in a secret manager): still in the inventory
  for (const c of t.credentials) {
    const key = `var:${c.name}`;
    if (rows.has(key)) continue;
    const r = newRow(key, c.name, {});
    r.masked = '(not in a file)';
    for (const u of input.usage.get(c.name) ?? []) r.usedIn.add(u);
  }
  // same value in two environments
  for (const r of rows.values()) {
    const envsByFp = new Map<string, string[]>();
    for (const [env, fp] of r.envs) envsByFp.set(fp, [...(envsByFp.get(fp) ?? []), env]);
    for (const [fp, envs] of envsByFp) {
      if (envs.length < 2) continue;
      if (r.testFps.has(fp) && !envs.includes(t.production)) continue; // a test-mode key shared by staging and local
      r.reasons.add(`same value in ${envs.join(' and ')}`);
    }
  }

  // 2. findings of the run: repo/secrets exposures and provider keys in logs
  for (const f of input.findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const isSecret = f.checkId.startsWith('secrets/');
    const isLog = f.checkId.startsWith('logs/');
    const fp = fpOf(f);
    let r = fp ? byFp.get(fp) : undefined;
    // the repo scan may have materialised its own copy of the env files (fixtures): join by file and name/line
    // when the value still sits in that file at HEAD
    if (!r && isSecret && f.location?.file && (f.meta as Record<string, unknown> | undefined)?.stillPresent !== false) {
      const name = /^([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(f.evidence ?? '')?.[1];
      r = (name ? byRepoName.get(`${f.location.file}|${name}`) : undefined) ?? byRepoLine.get(`${f.location.file}|${f.location.line}`);
    }
    if (f.checkId === 'repo/env-shared-secret' || f.checkId === 'ops/env-shared-secret') {
      const d = f.data ?? {};
      const row = rows.get(`var:${String(d.name ?? '')}`);
      if (row) row.reasons.add(`same value in ${String(d.envA)} and ${String(d.envB)}`);
      continue;
    }
    if (!r) {
      // a credential the env files do not list: a provider key in the repo, its history, a bundle or a log
      if (!fp || !(isSecret || f.checkId === 'logs/secret')) continue;
      if (f.severity === 'info') continue; // publishable keys are not credentials to rotate
      const d = f.data ?? {};
      const meta = (f.meta ?? {}) as Record<string, unknown>;
      r = rows.get(`fp:${fp}`) ?? newRow(`fp:${fp}`, String(d.title ?? d.label ?? f.title), { provider: String(d.provider ?? meta.provider ?? 'unknown'), grants: String(d.grants ?? '') });
      r.fps.add(fp);
      r.masked ||= typeof meta.masked === 'string' ? meta.masked : `…(fp:${fp})`;
      if (f.location?.file) r.usedIn.add(isLog ? `(log) ${f.location.file}` : f.location.file);
      byFp.set(fp, r);
    }
    if (isSecret || isLog || f.checkId.startsWith('repo/')) {
      const where = exposureOf(f);
      r.exposed.add(where);
      if ((f.meta as Record<string, unknown> | undefined)?.kind === 'test' || f.messageId === 'test-key') r.testOnly = true;
    }
  }
  for (const r of rows.values()) {
    if (!r.testOnly || r.envs.size > 0) for (const e of r.exposed) r.reasons.add(`exposed: ${e}`);
    if (r.lastRotated) {
      const days = Math.floor((t.now.getTime() - Date.parse(`${r.lastRotated}T00:00:00Z`)) / DAY);
      if (days > t.maxAgeDays) r.reasons.add(`last rotated ${days} days ago (policy ${t.maxAgeDays})`);
    }
  }

  const ordered = [...rows.values()].sort((a, b) => Number(b.reasons.size > 0) - Number(a.reasons.size > 0) || Number(b.production) - Number(a.production) || a.name.localeCompare(b.name));
  const envList = (r: Row) => {
    if (r.envs.size === 0) return r.key.startsWith('var:') ? 'secret store (not in an env file)' : 'not in any env file';
    const prodFp = r.envs.get(t.production);
    return [...r.envs].map(([env, fp]) => `${env} (fp:${fp}${env !== t.production && fp === prodFp ? ', same as production' : ''})`).join(', ');
  };
  const secretInventory: TableSection = {
    title: 'Secret inventory',
    description: `Every credential in ${t.envs.map((e) => e.file).join(', ') || 'no env file'} and every credential the scans found. Values are never shown: masked prefix and fingerprint only; the same fingerprint means the same value.`,
    columns: ['Credential', 'Provider', 'Grants', 'Value (masked)', 'Used in', 'Environments', 'Exposed', 'Owner', 'Last rotated', 'Rotate before launch'],
    rows: ordered.map((r) => [
      r.name,
      r.provider,
      r.grants || '(not told by the format)',
      r.masked,
      short(r.usedIn) || (input.usageError ? `(not searched: ${input.usageError})` : '(no use found)'),
      envList(r),
      short(r.exposed) || 'no',
      r.owner || input.defaultOwner || '(unassigned)',
      r.lastRotated || '(unknown)',
      r.reasons.size ? 'YES' : 'no',
    ]),
  };
  const must = ordered.filter((r) => r.reasons.size > 0);
  const rotationPlan: TableSection = {
    title: 'Rotation plan (before launch)',
    description: must.length
      ? 'Rotate each credential at its provider, update every environment that uses it, then revoke the old value. Exposed values stay valid until revoked, even after the file or commit is gone.'
      : 'Nothing must be rotated before launch.',
    columns: ['#', 'Credential', 'Provider', 'Why', 'Environments to update', 'Owner'],
    rows: must.map((r, i) => [i + 1, r.name, r.provider, [...r.reasons].join('; '), r.envs.size ? [...r.envs.keys()].join(', ') : '(where it is used)', r.owner || input.defaultOwner || '(unassigned)']),
  };
  return { secretInventory, rotationPlan };
}

/** Same-host facts also feed the handover (why staging must not reach production data). */
export function dataHostOf(value: string): string | null {
  const ep = endpointOf(value);
  return ep ? `${ep.scheme}://${ep.host}${ep.port ? `:${ep.port}` : ''}` : null;
}
