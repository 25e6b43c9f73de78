import { itemOfFinding } from './fixview.js';
import type { Finding, Report, Severity } from '../core/types.js';
import { whereOf } from './risk.js';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. One rule per checkId, one result per
 * fail/warn finding; checks that could not run become tool execution notifications (they are not results).
 * `partialFingerprints` carries our stable id so code scanning tracks a finding across line moves; waived
 * findings carry an accepted `suppression`.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
// GitHub maps security-severity to critical (>= 9.0), high (7.0–8.9), medium (4.0–6.9), low (0.1–3.9).
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.1' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string };
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}

function ruleName(checkId: string): string {
  return checkId.split(/[/-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export function renderSarif(report: Report): string {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const fixOf = itemOfFinding(report);
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  const configFile = typeof report.target?.configFile === 'string' ? (report.target.configFile as string) : undefined;

  const ruleFor = (f: Finding): number => {
    let i = ruleIndex.get(f.checkId);
    if (i === undefined) {
      i = rules.length;
      ruleIndex.set(f.checkId, i);
      const tags = ['security'];
      if (f.cwe) tags.push(`external/cwe/${f.cwe.toLowerCase()}`);
      if (f.owasp) tags.push(`owasp-api/${f.owasp}`);
      rules.push({
        id: f.checkId,
        name: ruleName(f.checkId),
        shortDescription: { text: f.title },
        helpUri: `https://github.com/launchready/launchready/blob/main/${f.docsUrl ?? `docs/checks/${f.checkId.replace('/', '-')}.md`}`,
        help: { text: f.remediation ?? f.title },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { tags, 'security-severity': SECURITY_SEVERITY[f.severity], precision: 'high' },
      });
    }
    return i;
  };

  for (const f of report.findings) {
    if (f.status === 'error') {
      notifications.push({ level: 'error', message: { text: `${f.checkId}: ${f.message}` }, descriptor: { id: f.checkId } });
      continue;
    }
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const index = ruleFor(f);
    const loc = f.location ?? {};
    const locations: unknown[] = [];
    if (loc.file) {
      const region: Record<string, number> = {};
      if (loc.line) region.startLine = loc.line;
      if (loc.column) region.startColumn = loc.column;
      if (loc.endLine) region.endLine = loc.endLine;
      // SARIF endColumn is exclusive; ours is inclusive.
      if (loc.endColumn) region.endColumn = loc.endColumn + 1;
      locations.push({ physicalLocation: { artifactLocation: { uri: loc.file, uriBaseId: '%SRCROOT%' }, ...(region.startLine ? { region } : {}) } });
    } else {
      const name = whereOf(f) || loc.host || f.checkId;
      const logical = [{ fullyQualifiedName: name, kind: loc.url || loc.path ? 'resource' : 'module' }];
      // Code scanning needs a physical location to show a result; anchor non-file findings on the config file.
      locations.push(
        configFile
          ? { physicalLocation: { artifactLocation: { uri: configFile, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } }, logicalLocations: logical }
          : { logicalLocations: logical },
      );
    }
    const result: Record<string, unknown> = {
      ruleId: f.checkId,
      ruleIndex: index,
      level: f.status === 'warn' && LEVEL[f.severity] === 'error' ? 'warning' : LEVEL[f.severity],
      message: { text: `${f.message}${loc.url && !loc.file ? ` (${loc.method ? `${loc.method} ` : ''}${loc.url})` : ''}` },
      locations,
      partialFingerprints: { 'launchready/v1': f.id },
      properties: {
        severity: f.severity,
        status: f.status,
        ...(f.cwe ? { cwe: f.cwe } : {}),
        ...(f.owasp ? { owasp: f.owasp } : {}),
        ...(f.baseline ? { baseline: f.baseline } : {}),
        ...(loc.commit ? { commit: loc.commit } : {}),
        // the fix item (root cause) this finding belongs to: code scanning alerts can be grouped by it
        ...(fixOf.get(f.id) ? { fixItem: fixOf.get(f.id)!.id, fixItemTitle: fixOf.get(f.id)!.title } : {}),
      },
    };
    if (f.baseline) result.baselineState = f.baseline === 'new' ? 'new' : 'unchanged';
    if (f.waiver) {
      result.suppressions = [{ kind: 'external', status: 'accepted', justification: `${f.waiver.reason} (owner: ${f.waiver.owner}${f.waiver.expires ? `, until ${f.waiver.expires}` : ''})` }];
    }
    results.push(result);
  }

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'launchready',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/launchready/launchready',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
            toolExecutionNotifications: notifications,
            properties: { decision: report.decision, summary: report.summary },
          },
        ],
        results,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
