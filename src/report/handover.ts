import type { Config } from '../core/config/schema.js';
import { Redactor } from '../core/redact.js';
import type { Finding, Report } from '../core/types.js';
import { buildRiskRegister, IMPACTS, whereOf, type Impact, type RiskEntry } from './risk.js';
import { escapeHtml as h, isSection, type TableSection } from './sections.js';
import { buildSystemMap } from './system-map.js';

/**
 * The handover pack: what the team needs to run the product safely after launch, from what the audit observed
 * plus the config's `handover` section. It renders an already-redacted Report and names only (never values)
 * of environment variables; URLs from the config lose their query string and credentials.
 *
 * One document model (sections of paragraphs, lists and tables) renders to Markdown and to one self-contained
 * HTML file, so both formats always carry the same content.
 */

export interface EnvVarUse {
  name: string;
  /** file:line where code reads it (relative, POSIX) */
  usedIn: string[];
  /** env files / CI files that define it (names only) */
  definedIn: string[];
  /** bundled into the browser by its prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, ...) */
  clientExposed: boolean;
}

export interface HandoverInput {
  report: Report;
  config: Config;
  /** environment variable inventory from the repo scan */
  env?: EnvVarUse[];
  /** folder the env inventory was scanned from (display only) */
  envRoot?: string;
  /** path of the baseline report (display only) */
  baselineFile?: string;
  /** path of the audit report the pack was built from, when it was not run now */
  reportFile?: string;
  generatedAt?: Date;
}

type Block =
  | { p: string }
  | { note: string }
  | { list: string[]; ordered?: boolean }
  | { table: { columns: string[]; rows: (string | number | boolean | null)[][] } }
  | { h3: string };

export interface HandoverSectionDoc {
  id: string;
  title: string;
  blocks: Block[];
}

export interface HandoverDoc {
  title: string;
  sections: HandoverSectionDoc[];
}

/** Prefixes that frameworks inline into browser bundles (Next.js, Vite, CRA, Nuxt, Expo, Gatsby, SvelteKit, Astro). */
export const CLIENT_ENV_PREFIXES = ['NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'GATSBY_', 'PUBLIC_', 'VUE_APP_'];

export function isClientExposedName(name: string): boolean {
  return CLIENT_ENV_PREFIXES.some((p) => name.startsWith(p));
}

/** A name that usually holds a credential (the value is never read to decide). */
export function isSecretLikeName(name: string): boolean {
  if (isClientExposedName(name) && !/SECRET|PRIVATE/.test(name)) return false;
  return /(SECRET|PASSWORD|PASSWD|PASS$|TOKEN|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY|_KEY$|_DSN$|DATABASE_URL|REDIS_URL|_URI$|WEBHOOK)/.test(name);
}

/** URL without credentials, query or fragment: alert webhooks carry their secret in the path or query. */
function safeUrl(u: string, keepPath = true): string {
  try {
    const x = new URL(u);
    return keepPath ? `${x.protocol}//${x.host}${x.pathname}` : `${x.protocol}//${x.host}`;
  } catch {
    return u.replace(/[?#].*$/, '');
  }
}

const DEFAULT_ROLLBACK = [
  'Stop the rollout: pause the deploy pipeline so no further release goes out.',
  'Redeploy the last release that passed `launchready gate` (your platform keeps previous builds: Vercel/Netlify "promote", Fly/Heroku "releases rollback", Kubernetes "rollout undo").',
  'Run `launchready gate --config launchready.yml` against the restored release: exit 0 means it is healthy.',
  'If the bad release ran a database migration, decide before rolling back: revert it only if it was written to be reversible.',
  'Record what happened and which release was restored (`launchready deploy mark --version <restored>` puts a marker on the monitor charts).',
];

const DEFAULT_RUNBOOK = [
  'Detect: an alert fires, or a user reports a problem. Acknowledge it in the alert channel so others know someone is on it.',
  'Triage: is it down, slow, or a security issue? Check the monitors and the last deploy marker; a deploy in the last hour is the first suspect.',
  'Mitigate: roll back (see Rollback) or disable the feature; for a leaked credential, rotate it first, investigate second.',
  'Communicate: update the status page and the people in the escalation list within 30 minutes, even if the cause is unknown.',
  'Resolve and review: when monitors are green again, write down timeline, cause and follow-ups; add a monitor or check that would have caught it.',
];

/** First response per business impact, for the risks this audit found. */
const FIRST_RESPONSE: Record<Impact, string> = {
  'data-exposure': 'Revoke or rotate the exposed credential or close the route, then check access logs for the exposure window and decide whether users must be told (GDPR: 72 h to notify the authority).',
  'account-takeover': 'Invalidate sessions and tokens (rotate the JWT signing key), force password resets for affected accounts, and block the abused route until fixed.',
  'payments-fraud': 'Roll the payment provider keys and webhook secret, review refunds and payouts since the exposure, and contact the provider\'s fraud team.',
  'login-email-failure': 'Check SPF/DKIM/DMARC and the email provider\'s status and suppression list; tell users to check spam while it is fixed.',
  downtime: 'Roll back the last deploy if it correlates; check certificates, DNS and the CDN status page; scale up or shed load.',
  'abuse-cost': 'Turn on rate limits or a WAF rule for the abused route, set provider spending caps, and block the offending clients.',
};

function personRows(config: Config): string[][] {
  const rows = (config.handover?.owners ?? []).map((o) => [o.role, o.name, o.contact ?? '']);
  if (config.project.owner && !rows.some((r) => r[1] === config.project.owner || r[2] === config.project.owner)) rows.unshift(['launch risks (project.owner)', config.project.owner, '']);
  return rows;
}

function riskRows(entries: RiskEntry[]): (string | number)[][] {
  return entries.map((e) => [e.score, e.finding.severity, IMPACTS[e.impact].label, e.finding.title, e.finding.checkId, whereOf(e.finding), e.effort]);
}

const RISK_COLUMNS = ['Score', 'Severity', 'Business impact', 'Finding', 'Check', 'Where', 'Effort'];

function findingLine(f: Finding): string {
  return `${f.severity} · ${f.checkId}${whereOf(f) ? ` · ${whereOf(f)}` : ''}: ${f.title}`;
}

function monitorTarget(m: NonNullable<Config['monitor']>['monitors'][number]): string {
  switch (m.type) {
    case 'http':
    case 'webhook':
      return safeUrl(m.url);
    case 'flow':
      return `${m.steps.length} steps, from ${safeUrl(m.steps[0]!.url)}`;
    case 'tls':
      return `${m.host}:${m.port}`;
    case 'dns':
      return `${m.name} (${m.records.join(', ')})`;
    case 'audit':
      return m.checks.join(', ');
    case 'heartbeat':
      return 'push: /api/push/' + m.id;
  }
}

export function buildHandover(input: HandoverInput): HandoverDoc {
  const { report, config } = input;
  const hc = config.handover;
  const reg = buildRiskRegister(report);
  const sections: HandoverSectionDoc[] = [];
  const envList = [...(input.env ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  // 1. Status
  const status: Block[] = [
    { p: `Decision at hand-over: ${report.decision}. ${(report.gate?.explanation ?? '').replace(/^(NO-GO|GO):\s*/, '')}`.trim() },
    {
      p: `Audit of ${report.startedAt}${input.reportFile ? ` (from ${input.reportFile})` : ''}; pack generated ${(input.generatedAt ?? new Date()).toISOString()} by launchready ${report.tool.version}. Open risks: ${(report.fixList ?? []).length} fix items (${reg.mustFixNow.length} findings must be fixed now, ${reg.canDefer.length} can defer), ${reg.accepted.length} accepted.`,
    },
  ];
  for (const n of hc?.notes ?? []) status.push({ note: n });
  sections.push({ id: 'status', title: 'Launch status', blocks: status });

  // 2. Owners
  const owners = personRows(config);
  sections.push({
    id: 'owners',
    title: 'Owners and contacts',
    blocks: owners.length ? [{ table: { columns: ['Responsible for', 'Who', 'Contact'], rows: owners } }] : [{ note: 'No owners configured: add handover.owners (role, name, contact) so an alert reaches a person.' }],
  });

  // 3. Access
  const access: Block[] = [];
  if (hc?.access.length) {
    access.push({
      table: {
        columns: ['System', 'Who has access', 'Level', 'Granted / revoked how', 'MFA', 'Notes'],
        rows: hc.access.map((a) => [a.system, a.who.join(', '), a.level ?? '', a.how ?? '', a.mfa === undefined ? 'unknown' : a.mfa ? 'yes' : 'NO', a.notes ?? '']),
      },
    });
    const noMfa = hc.access.filter((a) => a.mfa === false).map((a) => a.system);
    if (noMfa.length) access.push({ note: `MFA is not enforced on: ${noMfa.join(', ')}. Turn it on before launch.` });
  } else access.push({ note: 'No access list configured: add handover.access (system, who, level, how, mfa). Until then, nobody knows who can deploy, read the database or move money.' });
  if (config.api?.identities.length) {
    access.push({ h3: 'Test identities used by the audit' });
    access.push({ p: 'These accounts exist on the audited system; keep them out of production data or remove them after launch. Their credentials are never shown here.' });
    access.push({ table: { columns: ['Identity', 'Role', 'Tenant'], rows: config.api.identities.map((i) => [i.name, i.role, i.tenant ?? '']) } });
  }
  sections.push({ id: 'access', title: 'Access list', blocks: access });

  // 4. System map
  // Rebuilt with the env var names too (SENTRY_DSN names Sentry); rows already in the report's map are kept.
  const map: TableSection = buildSystemMap(report, config, { envNames: envList.map((e) => e.name) });
  sections.push({ id: 'system-map', title: 'System map', blocks: [{ p: map.description ?? '' }, { table: { columns: map.columns, rows: map.rows } }] });

  // 5. Environment variables
  const documented = new Map((hc?.env ?? []).map((e) => [e.name, e]));
  const required = new Set(config.deploy?.requiredEnv ?? []);
  const names = new Map(envList.map((e) => [e.name, e]));
  for (const n of [...documented.keys(), ...required]) if (!names.has(n)) names.set(n, { name: n, usedIn: [], definedIn: [], clientExposed: isClientExposedName(n) });
  const envRows = [...names.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => {
      const d = documented.get(e.name);
      const secret = d?.secret ?? isSecretLikeName(e.name);
      const flags = [secret ? 'secret' : '', e.clientExposed ? 'sent to browsers' : '', required.has(e.name) ? 'required at deploy' : ''].filter(Boolean).join(', ');
      const more = (xs: string[], max: number) => (xs.length > max ? `${xs.slice(0, max).join(', ')} +${xs.length - max} more` : xs.join(', '));
      return [e.name, flags, more(e.definedIn, 4), more(e.usedIn, 5), [d?.purpose, d?.owner ? `owner ${d.owner}` : '', d?.rotation ? `rotate: ${d.rotation}` : ''].filter(Boolean).join('; ')];
    });
  const envBlocks: Block[] = [{ p: `Names only: values are never read into this pack.${input.envRoot ? ` Scanned ${input.envRoot}.` : ''}` }];
  if (envRows.length) envBlocks.push({ table: { columns: ['Variable', 'Kind', 'Defined in', 'Used in', 'Purpose / owner / rotation'], rows: envRows } });
  else envBlocks.push({ note: 'No environment variables found (no .env example, no process.env / import.meta.env reads) and none documented in handover.env.' });
  const exposedSecrets = [...names.values()].filter((e) => e.clientExposed && /SECRET|PRIVATE|PASSWORD|TOKEN/.test(e.name)).map((e) => e.name);
  if (exposedSecrets.length) envBlocks.push({ note: `These look like secrets but their prefix ships them to every browser: ${exposedSecrets.join(', ')}.` });
  sections.push({ id: 'env', title: 'Environment variables', blocks: envBlocks });

  // Sections other stages contributed (secret inventory, rotation plan, environment separation...) belong in
  // the hand-over as they are: rendered generically, like the report does.
  const extra: Block[] = [];
  for (const [key, sec] of Object.entries(report.sections ?? {})) {
    if (key === 'systemMap' || !isSection(sec)) continue;
    extra.push({ h3: sec.title });
    if (sec.description) extra.push({ p: sec.description });
    if ('columns' in sec) extra.push(sec.rows.length ? { table: { columns: sec.columns, rows: sec.rows } } : { p: 'Nothing.' });
    else extra.push(sec.items.length ? { list: sec.items } : { p: 'Nothing.' });
  }
  if (extra.length) sections.push({ id: 'audit-sections', title: 'From the audit: inventories and plans', blocks: extra });

  // 6. Rollback
  const rb = hc?.rollback;
  const rollback: Block[] = [];
  if (rb?.command) rollback.push({ p: `Rollback command: \`${rb.command}\`` });
  if (rb?.steps.length) rollback.push({ list: rb.steps, ordered: true });
  else {
    rollback.push({ note: 'No rollback steps configured (handover.rollback.steps); the generic steps below apply. Write yours down and rehearse them once before launch.' });
    rollback.push({ list: DEFAULT_ROLLBACK, ordered: true });
  }
  if (rb?.dataMigrations) rollback.push({ p: `Database migrations: ${rb.dataMigrations}` });
  if (config.deploy) {
    rollback.push({ p: `Deploy gate: \`launchready gate --config <file>\` checks ${config.deploy.requiredEnv.length} required environment variable(s) and ${config.deploy.smoke.length} smoke check(s); exit 1 means roll back.` });
  }
  sections.push({ id: 'rollback', title: 'Rollback', blocks: rollback });

  // 7. Monitoring
  const mon = config.monitor;
  const monitoring: Block[] = [];
  if (mon && mon.monitors.length) {
    monitoring.push({
      table: {
        columns: ['Monitor', 'Type', 'Target', 'Every', 'Alerts go to'],
        rows: mon.monitors.map((m) => [m.name ? `${m.name} (${m.id})` : m.id, m.type, monitorTarget(m), `${m.intervalSec ?? mon.defaults.intervalSec} s`, (m.alerts ?? mon.alerts.map((a) => a.name)).join(', ') || 'no channel']),
      },
    });
  } else monitoring.push({ note: 'No monitors configured (monitor.monitors): nothing will tell you when the product is down. Run `launchready monitor --config <file>` with at least an HTTP monitor on the home page and the login route.' });
  if (mon && mon.alerts.length) {
    monitoring.push({ h3: 'Alert routes' });
    monitoring.push({
      table: {
        columns: ['Channel', 'Type', 'Destination'],
        rows: mon.alerts.map((a) => [a.name, a.type, a.type === 'email' ? `${a.to.join(', ')} via ${a.smtp?.host ?? '?'}` : safeUrl(a.url ?? '', false)]),
      },
    });
  } else if (mon) monitoring.push({ note: 'No alert channels configured (monitor.alerts): incidents open on the dashboard but nobody is told.' });
  if (mon) monitoring.push({ p: `Incident opens after ${mon.defaults.failThreshold} failed runs and closes after ${mon.defaults.recoverThreshold} good run(s); uptime objective ${mon.slo}%.` });
  sections.push({ id: 'monitoring', title: 'Monitoring and alert routes', blocks: monitoring });

  // 8. Runbook
  const rbk = hc?.runbook;
  const runbook: Block[] = [{ list: rbk?.steps.length ? rbk.steps : DEFAULT_RUNBOOK, ordered: true }];
  if (!rbk?.steps.length) runbook.unshift({ note: 'No runbook configured (handover.runbook.steps); this is the default one.' });
  if (rbk?.escalation.length) runbook.push({ p: `Escalation order: ${rbk.escalation.join(' → ')}` });
  if (rbk?.statusPage) runbook.push({ p: `Status page: ${rbk.statusPage}` });
  const impacts = [...new Set([...reg.mustFixNow, ...reg.canDefer, ...reg.accepted].map((e) => e.impact))];
  if (impacts.length) {
    runbook.push({ h3: 'First response for the risks this audit found' });
    runbook.push({ table: { columns: ['If this happens', 'Do this first'], rows: impacts.map((i) => [IMPACTS[i].label, FIRST_RESPONSE[i]]) } });
  }
  if (hc?.links.length) {
    runbook.push({ h3: 'Links' });
    runbook.push({ list: hc.links.map((l) => `${l.title}: ${l.url}`) });
  }
  sections.push({ id: 'runbook', title: 'Incident runbook', blocks: runbook });

  // 9. Open risks
  const risks: Block[] = [{ p: 'Score = likelihood (from severity) × business impact (1–25); must fix now = blocks the gate or scores 16 or more (docs/risk-register.md).' }];
  // the fix list the report carries (root causes, most urgent first), then the per-finding register
  const items = report.fixList ?? [];
  risks.push({ h3: `Fix list (${items.length})` });
  risks.push(
    items.length
      ? { table: { columns: ['#', 'Severity', 'Fix item', 'Impact', 'Findings', 'Fix', 'Retest'], rows: items.map((it, i) => [i + 1, it.severity, it.title, it.impact, it.findingIds.length, it.remediation, it.retest]) } }
      : { p: 'Nothing to fix.' },
  );
  risks.push({ h3: `Must fix now (${reg.mustFixNow.length})` });
  risks.push(reg.mustFixNow.length ? { table: { columns: RISK_COLUMNS, rows: riskRows(reg.mustFixNow) } } : { p: 'Nothing.' });
  risks.push({ h3: `Can defer (${reg.canDefer.length})` });
  risks.push(reg.canDefer.length ? { table: { columns: RISK_COLUMNS, rows: riskRows(reg.canDefer) } } : { p: 'Nothing.' });
  risks.push({ h3: `Accepted risks (${reg.accepted.length})` });
  risks.push(
    reg.accepted.length
      ? { table: { columns: ['Finding', 'Check', 'Where', 'Owner', 'Reason', 'Expires'], rows: reg.accepted.map((e) => [e.finding.title, e.finding.checkId, whereOf(e.finding), e.finding.waiver!.owner, e.finding.waiver!.reason, e.finding.waiver!.expires ?? 'never']) } }
      : { p: 'None.' },
  );
  const errors = report.findings.filter((f) => f.status === 'error');
  if (errors.length) risks.push({ note: `${errors.length} check(s) could not run and prove nothing: ${errors.slice(0, 5).map((f) => f.checkId).join(', ')}${errors.length > 5 ? ', ...' : ''}.` });
  sections.push({ id: 'risks', title: 'Open risks', blocks: risks });

  // 10. Changes since baseline
  const changes: Block[] = [];
  const active = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const hasBaseline = report.fixed !== undefined || active.some((f) => f.baseline !== undefined);
  if (!hasBaseline) changes.push({ note: 'No baseline given: run with --baseline <previous report.json> to see what changed since the last audit.' });
  else {
    const added = active.filter((f) => f.baseline === 'new');
    const same = active.filter((f) => f.baseline === 'unchanged');
    const fixed = report.fixed ?? [];
    changes.push({ p: `Compared with ${input.baselineFile ?? 'the baseline report'}: ${added.length} new, ${fixed.length} fixed, ${same.length} unchanged.` });
    changes.push({ h3: `New (${added.length})` });
    changes.push(added.length ? { list: added.map(findingLine) } : { p: 'None.' });
    changes.push({ h3: `Fixed (${fixed.length})` });
    changes.push(fixed.length ? { list: fixed.map(findingLine) } : { p: 'None.' });
  }
  sections.push({ id: 'changes', title: 'What changed since the baseline', blocks: changes });

  // Defence in depth: every credential the config holds is masked wherever it might have been copied (a note,
  // an access-list entry), and secret-shaped text is masked by pattern, before anything is rendered.
  const redactor = new Redactor();
  for (const v of configSecrets(config)) redactor.register(v);
  return redactor.redactValue({ title: `Handover pack: ${config.project.name}`, sections });
}

/** Credential values in the config (identity passwords and tokens, webhook and JWT secrets, alert credentials, canaries). */
export function configSecrets(config: Config): string[] {
  const out: (string | undefined)[] = [];
  for (const id of config.api?.identities ?? []) {
    out.push(id.password, id.bearer, id.apiKey?.value, ...Object.values(id.headers), ...Object.values(id.cookies));
  }
  for (const w of config.api?.webhooks ?? []) out.push(w.secret);
  out.push(config.api?.jwt?.secret, config.api?.jwt?.privateKey);
  for (const a of config.monitor?.alerts ?? []) out.push(a.smtp?.pass, ...Object.values(a.headers), a.url ? new URL(a.url).pathname.length > 8 ? a.url : undefined : undefined);
  out.push(config.monitor?.server.token, config.monitor?.store.url);
  for (const m of config.monitor?.monitors ?? []) if (m.type === 'heartbeat') out.push(m.token);
  for (const e of config.ai?.endpoints ?? []) out.push(...e.canaries, ...Object.values(e.headers));
  for (const s of config.deploy?.smoke ?? []) out.push(...Object.values(s.headers));
  return out.filter((v): v is string => typeof v === 'string' && v.length >= 6);
}

// ---- rendering -------------------------------------------------------------------------------------------

function mdCell(v: unknown): string {
  return String(v ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escape < and > outside `code spans` (inside them a backslash would show). */
function mdText(s: string): string {
  return s
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : part.replace(/([<>])/g, '\\$1')))
    .join('');
}

export function handoverMarkdown(doc: HandoverDoc): string {
  const out: string[] = [`# ${mdText(doc.title)}`, ''];
  out.push(doc.sections.map((s, i) => `${i + 1}. [${s.title}](#${s.id})`).join('\n'), '');
  for (const s of doc.sections) {
    out.push(`<a id="${s.id}"></a>`, '', `## ${mdText(s.title)}`, '');
    for (const b of s.blocks) {
      if ('p' in b) {
        if (b.p) out.push(mdText(b.p), '');
      } else if ('note' in b) out.push(`> **Note:** ${mdText(b.note)}`, '');
      else if ('h3' in b) out.push(`### ${mdText(b.h3)}`, '');
      else if ('list' in b) out.push(b.list.map((x, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdText(x)}`).join('\n'), '');
      else {
        const t = b.table;
        out.push(`| ${t.columns.map(mdCell).join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`);
        for (const r of t.rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
        out.push('');
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

const CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#5b6470;--line:#d8dee4;--card:#f6f8fa;--warn:#b26a00}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9aa4af;--line:#30363d;--card:#161b22}}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:1150px;margin:0 auto;padding:24px}h1{font-size:22px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--card)}
.note{border-left:4px solid var(--warn);background:var(--card);padding:8px 12px;border-radius:4px}nav ol{columns:2}code{font:12px ui-monospace,Menlo,monospace;background:var(--card);padding:1px 4px;border-radius:4px}
@media print{nav{display:none}h2{break-after:avoid}}
`;

/** `code` spans written as backticks in the model become <code> in HTML (after escaping). */
function inline(s: string): string {
  return h(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function handoverHtml(doc: HandoverDoc): string {
  const body: string[] = [`<h1>${h(doc.title)}</h1>`];
  body.push(`<nav><ol>${doc.sections.map((s) => `<li><a href="#${h(s.id)}">${h(s.title)}</a></li>`).join('')}</ol></nav>`);
  for (const s of doc.sections) {
    body.push(`<section id="${h(s.id)}"><h2>${h(s.title)}</h2>`);
    for (const b of s.blocks) {
      if ('p' in b) {
        if (b.p) body.push(`<p>${inline(b.p)}</p>`);
      } else if ('note' in b) body.push(`<p class="note">${inline(b.note)}</p>`);
      else if ('h3' in b) body.push(`<h3>${h(b.h3)}</h3>`);
      else if ('list' in b) {
        const tag = b.ordered ? 'ol' : 'ul';
        body.push(`<${tag}>${b.list.map((x) => `<li>${inline(x)}</li>`).join('')}</${tag}>`);
      } else {
        const t = b.table;
        body.push(`<table><thead><tr>${t.columns.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      }
    }
    body.push('</section>');
  }
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(doc.title)}</title><style>${CSS}</style></head>
<body><main>
${body.join('\n')}
</main></body></html>
`;
}

export function renderHandover(input: HandoverInput, format: 'markdown' | 'html'): string {
  const doc = buildHandover(input);
  return format === 'html' ? handoverHtml(doc) : handoverMarkdown(doc);
}
