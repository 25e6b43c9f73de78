import type { Finding, Report } from '../core/types.js';
import { fixSections, type FixView } from './fixview.js';
import { registerOf, IMPACTS, whereOf, type RiskEntry } from './risk.js';
import { renderSections } from './sections.js';

export function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([<>])/g, '\\$1');
}

function riskRow(e: RiskEntry): string {
  const f = e.finding;
  return `| ${e.score} | ${f.severity} | ${IMPACTS[e.impact].label} | ${mdEscape(f.title)} | \`${f.checkId}\` | ${mdEscape(whereOf(f))} | ${mdEscape(e.effort)} |`;
}

function fence(s: string): string {
  return s.replace(/```/g, '`\u200b``');
}

function findingBlock(f: Finding): string {
  const lines = [`### ${f.status === 'error' ? '⚠ ' : ''}${mdEscape(f.title)} (\`${f.checkId}\`)`, ''];
  const facts = [
    f.status === 'error' ? '**Could not run**' : `**Severity:** ${f.severity}`,
    `**Status:** ${f.status}${f.baseline ? ` (${f.baseline})` : ''}`,
    whereOf(f) ? `**Where:** \`${whereOf(f)}\`` : '',
    f.cwe ? `**CWE:** ${f.cwe}` : '',
    f.owasp ? `**OWASP:** ${f.owasp}` : '',
    `**Id:** \`${f.id}\``,
  ].filter(Boolean);
  lines.push(facts.join(' · '), '', f.message, '');
  if (f.evidence) lines.push('<details><summary>Evidence</summary>', '', '```', fence(f.evidence), '```', '', '</details>', '');
  if (typeof f.meta?.curl === 'string') lines.push('Reproduce:', '', '```sh', fence(f.meta.curl), '```', '');
  if (f.remediation) lines.push(`**Fix:** ${f.remediation}`, '');
  if (f.docsUrl) lines.push(`Docs: [${f.docsUrl}](${f.docsUrl})`, '');
  return lines.join('\n');
}

/** One checklist entry: a PR comment or an issue body can tick it off. */
function checklistItem(v: FixView): string {
  const it = v.item;
  const lines = [`- [ ] **${it.severity.toUpperCase()}** ${mdEscape(it.title)}`];
  lines.push(`  - Impact: ${it.impact} · effort: ${mdEscape(it.effort)} · ${it.findingIds.length} finding${it.findingIds.length === 1 ? '' : 's'}${it.blocking ? ' · **blocks launch**' : ''}`);
  lines.push(`  - Fix: ${mdEscape(it.remediation)}`);
  lines.push(`  - Retest: \`${it.retest}\``);
  const where = v.findings.map((f) => `\`${f.checkId}\`${whereOf(f) ? ` ${mdEscape(whereOf(f))}` : ''}`);
  lines.push(`  - Evidence: ${where.slice(0, 8).join('; ')}${where.length > 8 ? `; and ${where.length - 8} more` : ''}`);
  return lines.join('\n');
}

export function renderMarkdown(report: Report, opts: { command?: string; verbose?: boolean } = {}): string {
  const reg = registerOf(report);
  const s = report.summary;
  const out: string[] = [];
  out.push(`# launchready report: **${report.decision}**`, '');
  out.push(`${report.gate?.explanation ?? ''}`, '');
  if (report.basis?.line) out.push(`_Coverage:_ ${mdEscape(report.basis.line)}`, '');
  out.push(`Started ${report.startedAt} · ${(report.durationMs / 1000).toFixed(1)} s${report.requests ? ` · ${report.requests} requests` : ''} · launchready ${report.tool.version}${opts.command ? ` · \`${opts.command}\`` : ''}`, '');
  const sections = fixSections(report);
  const total = sections.reduce((n, x) => n + x.views.length, 0);
  out.push(`## Fix list (${total})`, '');
  if (total === 0) out.push('_Nothing to fix: no open finding._', '');
  else out.push('Grouped by root cause, most urgent first: each item is one fix; its retest command proves it fixed.', '');
  for (const sec of sections) {
    if (!sec.views.length) continue;
    out.push(`### ${sec.title} (${sec.views.length})`, '');
    for (const v of sec.views) out.push(checklistItem(v));
    out.push('');
  }
  out.push('| critical | high | medium | low | info | could not run | waived |', '|---|---|---|---|---|---|---|');
  out.push(`| ${s.critical} | ${s.high} | ${s.medium} | ${s.low} | ${s.info} | ${report.errors ?? 0} | ${report.waived ?? 0} |`, '');
  const errors = report.findings.filter((f) => f.status === 'error');
  if (errors.length) {
    out.push(`## Could not run (${errors.length})`, '', 'These checks prove nothing either way; check them by hand before launch.', '');
    for (const f of errors) out.push(`- \`${f.checkId}\` ${mdEscape(whereOf(f))}: ${mdEscape(f.message)}`);
    out.push('');
  }
  out.push(`## Accepted risks (${reg.accepted.length})`, '');
  if (reg.accepted.length) {
    out.push('| finding | check | where | owner | reason | expires |', '|---|---|---|---|---|---|');
    for (const e of reg.accepted) {
      const w = e.finding.waiver!;
      out.push(`| ${mdEscape(e.finding.title)} | \`${e.finding.checkId}\` | ${mdEscape(whereOf(e.finding))} | ${mdEscape(w.owner)} | ${mdEscape(w.reason)} | ${w.expires ?? 'never'} |`);
    }
  } else out.push('_None._');
  out.push('');
  if (report.fixed?.length) {
    out.push(`## Fixed since baseline (${report.fixed.length})`, '');
    for (const f of report.fixed) out.push(`- \`${f.checkId}\` ${mdEscape(whereOf(f))}: ${mdEscape(f.title)}`);
    out.push('');
  }
  out.push('## Risk register', '');
  out.push(`${reg.mustFixNow.length} findings must be fixed now, ${reg.canDefer.length} can defer: every open finding scored likelihood (from severity) × business impact; see docs/risk-register.md.`, '');
  if (opts.verbose) {
    const head = '| score | severity | impact | finding | check | where | effort |\n|---|---|---|---|---|---|---|';
    out.push(`### Must fix now (${reg.mustFixNow.length})`, '');
    out.push(reg.mustFixNow.length ? [head, ...reg.mustFixNow.map(riskRow)].join('\n') : '_Nothing._', '');
    out.push(`### Can defer (${reg.canDefer.length})`, '');
    out.push(reg.canDefer.length ? [head, ...reg.canDefer.map(riskRow)].join('\n') : '_Nothing._', '');
  } else out.push('_The register tables are in the HTML report and in `--verbose` Markdown._', '');
  // stage tables (system map, inventories, log tables) are long: in the HTML report, and here with --verbose,
  // so the default fits a pull-request comment (GitHub caps one at 65,536 characters)
  const extra = opts.verbose ? renderSections(report, 'markdown') : '';
  if (extra) out.push(extra, '');
  else if (Object.keys(report.sections ?? {}).length) out.push(`_System map, inventories and log tables: see the HTML report or \`--verbose\`._`, '');
  if (opts.verbose) {
    const active = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
    if (active.length) {
      out.push('## Findings', '');
      for (const f of active) out.push(findingBlock(f));
    }
    const passed = report.findings.filter((f) => f.status === 'pass' || f.status === 'skipped');
    if (passed.length) {
      out.push(`## Passed and skipped (${passed.length})`, '');
      for (const f of passed) out.push(`- ${f.status === 'pass' ? '✔' : '–'} \`${f.checkId}\` ${mdEscape(whereOf(f))}: ${mdEscape(f.message)}`);
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}
