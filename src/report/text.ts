import type { Finding, Report, Severity } from '../core/types.js';
import { fixSections, type FixView } from './fixview.js';
import { whereOf } from './risk.js';

export interface TextOptions {
  color?: boolean;
  width?: number;
  verbose?: boolean;
  command?: string;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;
type Style = keyof typeof CODES;

function painter(color: boolean) {
  return (style: Style | Style[], s: string): string => {
    if (!color) return s;
    const styles = Array.isArray(style) ? style : [style];
    return styles.map((x) => `\x1b[${CODES[x]}m`).join('') + s + '\x1b[0m';
  };
}

const SEV_STYLE: Record<Severity, Style[]> = {
  critical: ['bold', 'magenta'],
  high: ['bold', 'red'],
  medium: ['yellow'],
  low: ['blue'],
  info: ['gray'],
};

const STATUS_MARK: Record<Finding['status'], string> = { fail: '✖', warn: '▲', error: '!', pass: '✔', skipped: '–' };

export function renderSummaryLine(report: Report, opts: { color?: boolean } = {}): string {
  const p = painter(opts.color ?? false);
  const s = report.summary;
  const decision = report.decision === 'GO' ? p(['bold', 'green'], 'GO') : p(['bold', 'red'], 'NO-GO');
  const counts = `${s.critical} critical, ${s.high} high, ${s.medium} medium, ${s.low} low, ${s.info} info`;
  const extra = [
    report.interrupted ? `interrupted${report.interruptedBy ? ` by ${report.interruptedBy}` : ''}` : '',
    report.incomplete ? `incomplete: ${report.incomplete.errors} check${report.incomplete.errors === 1 ? '' : 's'} could not run` : report.errors ? `${report.errors} could not run (accepted)` : '',
    report.waived ? `${report.waived} waived` : '',
  ].filter(Boolean).join(', ');
  const items = report.fixList ? `${report.fixList.length} fix item${report.fixList.length === 1 ? '' : 's'} · ` : '';
  return `${decision}  ${items}findings: ${counts}${extra ? ` (${extra})` : ''}`;
}

function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

function renderFinding(f: Finding, p: ReturnType<typeof painter>, width: number): string {
  // an error is "could not check", not a severity: never print it with one (a red HIGH on a probe that failed
  // to connect reads as a vulnerability)
  const sev = f.status === 'error' ? p(['bold', 'magenta'], 'NOT RUN ') : p(SEV_STYLE[f.severity], f.severity.toUpperCase().padEnd(8));
  const mark = f.status === 'fail' ? p('red', STATUS_MARK.fail) : f.status === 'warn' ? p('yellow', STATUS_MARK.warn) : f.status === 'error' ? p('magenta', STATUS_MARK.error) : p('gray', STATUS_MARK[f.status]);
  const tags = [f.baseline === 'new' ? p('cyan', '[new]') : '', f.waiver ? p('gray', `[waived: ${f.waiver.owner}]`) : ''].filter(Boolean).join(' ');
  const lines = [`${mark} ${sev} ${p('bold', f.title)} ${p('gray', f.checkId)}${tags ? ` ${tags}` : ''}`];
  const where = whereOf(f);
  if (where) lines.push(`    ${p('cyan', where)}`);
  lines.push(wrap(f.message, width, '    '));
  if (f.evidence && f.status !== 'pass') lines.push(p('gray', wrap(`evidence: ${f.evidence.split('\n').slice(0, 6).join(' ⏎ ')}`, width, '    ')));
  if (f.remediation && (f.status === 'fail' || f.status === 'warn')) lines.push(wrap(`fix: ${f.remediation}`, width, '    '));
  return lines.join('\n');
}

/** How many fix items the default text output shows in full (the rest get one line each). */
export const TEXT_TOP_ITEMS = 10;

function renderItem(n: number, v: FixView, p: ReturnType<typeof painter>, width: number, full: boolean): string {
  const it = v.item;
  // "NN. SEVERITY " is 13 columns: continuation lines of a long title line up under its first word
  const title = wrap(it.title, width - 13, '').split('\n').join(`\n${' '.repeat(13)}`);
  const head = `${String(n).padStart(2)}. ${p(SEV_STYLE[it.severity], it.severity.toUpperCase().padEnd(8))} ${p('bold', title)}`;
  if (!full) return head;
  const lines = [head];
  lines.push(p('gray', `    ${it.impact} · ${it.findingIds.length} finding${it.findingIds.length === 1 ? '' : 's'} · effort: ${it.effort}${it.blocking ? ' · blocks launch' : ''}`));
  lines.push(wrap(`fix: ${it.remediation}`, width, '    '));
  lines.push(`    retest: ${p('cyan', it.retest)}`);
  return lines.join('\n');
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const p = painter(opts.color ?? false);
  const width = Math.max(60, Math.min(opts.width ?? 100, 140));
  const out: string[] = [];
  out.push(p('bold', `launchready ${opts.command ?? ''}`.trim()) + p('gray', `  ${report.startedAt}  ${(report.durationMs / 1000).toFixed(1)} s${report.requests ? `  ${report.requests} requests` : ''}`));
  out.push('');
  const errors = report.findings.filter((f) => f.status === 'error');
  const waived = report.findings.filter((f) => f.waiver);
  const passed = report.findings.filter((f) => f.status === 'pass' || f.status === 'skipped');
  const sections = fixSections(report);
  const total = sections.reduce((n, s) => n + s.views.length, 0);

  if (total > 0) {
    out.push(p('bold', `Fix list: ${total} item${total === 1 ? '' : 's'} by root cause, most urgent first`));
    let n = 0;
    for (const s of sections) {
      if (!s.views.length) continue;
      out.push('', p('bold', `${s.title} (${s.views.length})`));
      for (const v of s.views) {
        n++;
        out.push(renderItem(n, v, p, width, opts.verbose === true || n <= TEXT_TOP_ITEMS));
        if (opts.verbose) for (const f of v.findings) out.push(renderFinding(f, p, width).replace(/^/gm, '    '));
      }
    }
    out.push('');
    if (!opts.verbose) out.push(p('gray', `${total > TEXT_TOP_ITEMS ? `Items ${TEXT_TOP_ITEMS + 1}+ are shown by title; ` : ''}--verbose prints every finding under its item, --format html gives the browsable report.`), '');
  } else {
    out.push(p('green', 'Nothing to fix: no open finding.'));
    out.push('');
  }
  if (errors.length > 0) {
    out.push(p(['bold', 'magenta'], `Could not run (${errors.length}): these prove nothing either way, check them by hand`));
    for (const f of errors) out.push(renderFinding(f, p, width));
    out.push('');
  }
  if (report.coverage?.counts) {
    // One line: what the API checks did NOT test is as important as what they found (the JSON/HTML carry the matrix).
    const c = report.coverage.counts;
    out.push(p('gray', `API coverage: ${report.coverage.routes.length} routes × checks — ${c.tested ?? 0} tested, ${c.refused ?? 0} refused, ${c['n/a'] ?? 0} n/a, ${c.error ?? 0} error${c.untestedRoutes ? `; ${c.untestedRoutes} routes no check tested` : ''}`));
    out.push('');
  }
  if (waived.length > 0) {
    out.push(p('bold', `Accepted risks (${waived.length})`));
    for (const f of waived) out.push(`  ${f.checkId} ${whereOf(f)} — owner ${f.waiver!.owner}: ${f.waiver!.reason}${f.waiver!.expires ? ` (until ${f.waiver!.expires})` : ''}`);
    out.push('');
  }
  if (report.fixed && report.fixed.length > 0) {
    out.push(p(['bold', 'green'], `Fixed since baseline (${report.fixed.length})`));
    for (const f of report.fixed) out.push(`  ✔ ${f.checkId} ${whereOf(f)} — ${f.title}`);
    out.push('');
  }
  if (opts.verbose && passed.length > 0) {
    out.push(p('bold', `Passed / skipped (${passed.length})`));
    for (const f of passed) out.push(`  ${STATUS_MARK[f.status]} ${f.checkId} ${whereOf(f)} ${p('gray', f.message)}`);
    out.push('');
  } else if (passed.length > 0) {
    const pass = passed.filter((f) => f.status === 'pass').length;
    out.push(p('gray', `${pass} passed, ${passed.length - pass} skipped (--verbose lists them).`));
    out.push('');
  }
  out.push(renderSummaryLine(report, opts));
  if (report.gate?.explanation) out.push(wrap(report.gate.explanation, width, ''));
  if (report.basis?.line) out.push(wrap(report.basis.line, width, ''));
  return out.join('\n') + '\n';
}
