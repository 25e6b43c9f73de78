import { defineCheck } from '../../core/check.js';
import { severityRank, type Report } from '../../core/types.js';

/**
 * deploy/audit-report: the gate never says promote over an audit that said NO-GO. It reads the last JSON audit
 * report (already parsed by the gate) and fails on its open must-fix items and on an incomplete audit.
 */

export interface AuditReportTarget {
  report: Report;
  /** where it came from, as the user named it */
  source: string;
}

export default defineCheck<AuditReportTarget, unknown>({
  id: 'deploy/audit-report',
  title: 'Last audit clear: no open must-fix item',
  problem: 'Last audit not clear: open must-fix items or checks that could not run',
  titles: {
    'must-fix': 'The last audit has {{count}} open must-fix item(s), not fixed or waived',
    incomplete: 'The last audit is incomplete: checks could not run',
  },
  area: 'deploy',
  mode: 'passive',
  description: "The last audit report (--from or deploy.auditReport) has no open must-fix item (fail/warn findings not waived at or above the audit's failOn) and no check that could not run.",
  severity: 'critical',
  messages: {
    'must-fix': 'The audit{{when}} ({{source}}) has {{count}} open must-fix item(s) at or above {{failOn}}: {{top}}.',
    incomplete: 'The audit{{when}} ({{source}}) is incomplete: {{count}} check(s) could not run ({{checks}}).',
    clear: 'The audit{{when}} ({{source}}) has no open must-fix item (decision {{decision}}).',
  },
  remediation: 'Fix the must-fix items of the audit (or waive them with an owner and an expiry), re-run the audit, then the gate.',
  run(ctx) {
    const { report: audit, source } = ctx.target;
    const failOn = audit.gate?.failOn ?? 'high';
    const open = audit.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && !f.waiver && severityRank(f.severity) >= severityRank(failOn));
    const errors = audit.findings.filter((f) => f.status === 'error' && !f.waiver);
    const when = audit.startedAt ? ` of ${audit.startedAt.slice(0, 16).replace('T', ' ')}` : '';
    // one finding per gate run, on the report file: the same id whatever the audit found
    const common = { target: 'audit', location: { file: source } };
    if (open.length) {
      const top = open.slice(0, 5).map((f) => `${f.severity} ${f.checkId}: ${f.title}`).join('; ') + (open.length > 5 ? '; …' : '');
      ctx.report({ ...common, messageId: 'must-fix', data: { when, source, count: open.length, failOn, top }, meta: { findingIds: open.map((f) => f.id) } });
      return;
    }
    if (errors.length) {
      const checks = [...new Set(errors.map((f) => f.checkId))];
      ctx.report({ ...common, messageId: 'incomplete', data: { when, source, count: errors.length, checks: checks.slice(0, 3).join(', ') + (checks.length > 3 ? ', …' : '') } });
      return;
    }
    ctx.report({ ...common, messageId: 'clear', status: 'pass', severity: 'info', data: { when, source, decision: audit.decision } });
  },
});
