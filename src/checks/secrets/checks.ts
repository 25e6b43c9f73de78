import { defineCheck, type Check, type CheckContext } from '../../core/check.js';
import { maskSecret, secretFingerprint } from '../../core/redact.js';
import type { Location, Severity, Status } from '../../core/types.js';
import { GENERIC_RULES, RULES } from './rules.js';
import { scanRepo, type AllowRule, type FoundSecret, type RepoScan, type RepoSource } from './scan.js';

/**
 * One check per rule of the rules table (secrets/<rule-id>), all reading one shared scan through
 * ctx.evidence, so the tree and the history are read once whatever the number of rules.
 */

export interface SecretsTarget {
  root: string;
  history: boolean;
  allowlist: AllowRule[];
}

export interface SecretsProbes {
  source: RepoSource;
}

export const SCAN_EVIDENCE_KEY = 'secrets:scan';

export interface GroupedScan {
  scan: RepoScan;
  byRule: Map<string, FoundSecret[]>;
}

export function sharedScan(ctx: CheckContext<SecretsTarget, SecretsProbes>): Promise<GroupedScan> {
  return ctx.evidence(SCAN_EVIDENCE_KEY, async (r) => {
    // under the repo stage's retrieval deadline (a long history scan), not the first asking rule's timeout
    const scan = await scanRepo(ctx.probes.source, { history: ctx.target.history, allowlist: ctx.target.allowlist, signal: r.signal });
    const byRule = new Map<string, FoundSecret[]>();
    for (const f of scan.findings) {
      let list = byRule.get(f.ruleId);
      if (!list) byRule.set(f.ruleId, (list = []));
      list.push(f);
    }
    return { scan, byRule };
  });
}

const SEV_ORDER: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
const maxSev = (a: Severity, b: Severity): Severity => (SEV_ORDER.indexOf(a) >= SEV_ORDER.indexOf(b) ? a : b);

/** Families where a key shipped to browsers means money or infrastructure: critical. */
const CRITICAL_WHEN_SHIPPED = new Set(['payment', 'cloud', 'database', 'key', 'registry']);

export function assess(family: string, f: FoundSecret): { severity: Severity; status: Status; messageId: string } {
  if (f.kind === 'public') return { severity: 'info', status: 'pass', messageId: 'public' };
  if (f.kind === 'seed') return { severity: 'low', status: 'warn', messageId: 'seed' };
  if (f.kind === 'unverified') return { severity: 'low', status: 'warn', messageId: 'unverified' };
  if (f.kind === 'test') return { severity: f.severity === 'info' ? 'info' : 'low', status: 'warn', messageId: 'test' };
  if (f.inMessage) return { severity: f.severity === 'critical' ? 'high' : f.severity, status: 'fail', messageId: 'commitMessage' };
  if (f.historyOnly) {
    // gone from the tree but not from the clone of everyone who fetched it: still high until rotated
    return { severity: f.severity === 'critical' ? 'high' : f.severity, status: 'fail', messageId: 'history' };
  }
  if (f.shipped) {
    const s = CRITICAL_WHEN_SHIPPED.has(family) && SEV_ORDER.indexOf(f.severity) >= SEV_ORDER.indexOf('high') ? 'critical' : maxSev(f.severity, 'high');
    return { severity: s, status: 'fail', messageId: 'shipped' };
  }
  return { severity: f.severity, status: 'fail', messageId: 'found' };
}

const MESSAGES = {
  found: '{{title}} in {{file}}:{{line}}: it grants {{grants}}.',
  shipped: '{{title}} in the built bundle {{file}}:{{line}}: every visitor downloads it; it grants {{grants}}.',
  history: '{{title}} in git history: added in commit {{commit}} ({{file}}:{{line}}) and removed later, but every clone still holds it; it grants {{grants}}.',
  commitMessage: '{{title}} in the message of commit {{commit}} (line {{line}}): no change to the files removes it, and every clone holds it; it grants {{grants}}.',
  test: '{{title}} in {{file}}:{{line}} is a test/development credential ({{note}}).',
  public: '{{title}} in {{file}}:{{line}} is public by design ({{note}}); nothing to rotate.',
  seed: '{{title}} in {{file}}:{{line}}: {{note}} created from this seed/fixture data.',
  unverified: '{{title}} in {{file}}:{{line}}: {{note}}',
  noHistory: 'History was requested but {{root}} is not a git work tree: only the files were scanned.',
  clean: 'No {{title}} in {{files}} file(s){{history}}.',
  notScanned: 'Not checked: the shared scan failed (the reason is reported once, on secrets/generic-secret).',
};

function remediationFor(messageId: string, provider: string): string {
  switch (messageId) {
    case 'commitMessage':
      return `Rotate (revoke and reissue) this ${provider} credential now: a commit message cannot be edited without rewriting history. If the repository is public, also rewrite the message (git filter-repo --message-callback) and force-push.`;
    case 'history':
      return `Rotate (revoke and reissue) this ${provider} credential now: deleting the line does not remove it from git history or from existing clones. Then, if the repository is public, purge it (git filter-repo) and force-push.`;
    case 'shipped':
      return `Rotate this ${provider} credential, remove it from client code and call ${provider} from your server instead; rebuild and redeploy the bundle (and its source maps).`;
    case 'test':
      return 'Keep test credentials out of the repository too (use .env files that git ignores); make sure the live counterpart never lands here.';
    case 'seed':
      return 'This is the seed password of a local account, not a provider credential: make sure production is never seeded from this file (seed real accounts from the environment or let users set their own), and change the password on any deployed instance that was seeded with it.';
    case 'unverified':
      return `The value has the format of a ${provider} token but reads like a placeholder or example, or its built-in checksum does not verify: confirm it is not a real token. If it is a placeholder, write it as an obvious blank (xxxx, <token>, \${VAR}) so no scanner or reader can mistake it; if it is a real token (also one copied with a typo), rotate it.`;
    case 'public':
      return 'No action needed; restrict the key by domain/referrer in the provider dashboard where possible.';
    default:
      return `Rotate this ${provider} credential, then load it from the environment or a secret manager (never commit it); add a secret scan to CI so it does not come back.`;
  }
}

export function reportFinding(ctx: CheckContext<SecretsTarget, SecretsProbes>, rule: { id: string; provider: string; family: string; title: string; grants: string }, f: FoundSecret): void {
  // every reported value is masked in every output (issue 15), whatever its kind or length; the redactor masks
  // short values only as whole tokens, so a local default like "postgres" does not shred longer words
  ctx.secret(f.secret);
  const { severity, status, messageId } = assess(rule.family, f);
  const location: Location = { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  if (f.commit) location.commit = f.commit;
  // a baseline (--baseline, repo.baseline) is applied once, in core/policy: it marks findings, it never hides them here
  const fingerprintKey = secretFingerprint(f.secret);
  const masked = maskSecret(f.secret, fingerprintKey);
  ctx.report({
    messageId,
    status,
    severity,
    location,
    fingerprintKey,
    data: {
      title: rule.title,
      file: f.file,
      line: f.line,
      grants: rule.grants,
      provider: rule.provider,
      commit: f.commit ? f.commit.slice(0, 12) : '',
      note: f.note ?? (messageId === 'public' ? 'publishable key' : messageId === 'test' ? 'test mode' : ''),
    },
    evidence: f.name ? `${f.name}=${masked}` : masked,
    remediation: remediationFor(messageId, rule.provider),
    meta: {
      rule: rule.id,
      provider: rule.provider,
      kind: f.kind,
      entropy: f.entropy,
      secretFingerprint: fingerprintKey,
      stillPresent: f.stillPresent,
      shipped: f.shipped,
      ...(f.commit ? { introducedIn: f.commit } : {}),
      ...(f.note ? { note: f.note } : {}),
    },
  });
}

function checkFor(rule: { id: string; provider: string; family: string; title: string; grants: string; severity: Severity }): Check<SecretsTarget, SecretsProbes> {
  return defineCheck<SecretsTarget, SecretsProbes>({
    id: `secrets/${rule.id}`,
    title: rule.title,
    area: 'secrets',
    mode: 'passive',
    description: `${rule.title} committed to the repository, its history or a built bundle (grants ${rule.grants}).`,
    severity: rule.severity,
    cwe: 'CWE-798',
    messages: MESSAGES,
    remediation: remediationFor('found', rule.provider),
    async run(ctx) {
      let g: GroupedScan;
      try {
        g = await sharedScan(ctx);
      } catch (err) {
        // one shared scan, one error finding (not ~250): the generic check carries it, the others say they did
        // not look (n/a) so none of them reads as a pass
        if (rule.id === 'generic-secret') throw err;
        ctx.report({ messageId: 'notScanned', status: 'skipped', severity: 'info', target: 'scan' });
        return;
      }
      const found = g.byRule.get(rule.id) ?? [];
      for (const f of found) reportFinding(ctx, rule, f);
      // looked and found nothing: an explicit pass (a check that reports nothing at all is an error, core/runner)
      if (found.length === 0) {
        const history = g.scan.history ? ` and ${g.scan.blobsScanned} blob(s) of git history` : '';
        ctx.report({ messageId: 'clean', status: 'pass', severity: 'info', title: `No ${rule.title} found`, data: { title: rule.title, files: g.scan.filesScanned, history }, target: 'scan' });
      }
      // one finding, on the generic check, when --history could not be honoured (never a silent pass)
      if (rule.id === 'generic-secret' && ctx.target.history && !ctx.probes.source.history) {
        ctx.report({ messageId: 'noHistory', status: 'error', severity: 'info', data: { root: ctx.target.root }, target: 'history' });
      }
    },
  });
}

export const SECRET_RULE_CHECKS: Check[] = [...RULES, ...GENERIC_RULES].map((r) => checkFor(r));
