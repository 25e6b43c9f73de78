import type { Finding, Report } from '../core/types.js';
import { buildRiskRegister, IMPACTS, whereOf, type RiskEntry } from './risk.js';
import { escapeHtml as h, renderSections } from './sections.js';

/**
 * One self-contained HTML file: inline CSS, a few lines of inline JS for filtering, no external asset, no
 * network request when opened. Every value is escaped; the report was redacted before it got here.
 */

const CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#5b6470;--line:#d8dee4;--crit:#8b1d9c;--high:#c62828;--med:#b26a00;--low:#1f5fbf;--info:#6b7280;--go:#1a7f37;--nogo:#c62828;--card:#f6f8fa}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9aa4af;--line:#30363d;--card:#161b22}}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:1150px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 20px;border-radius:10px;background:var(--card);border-left:8px solid var(--go)}.banner.nogo{border-left-color:var(--nogo)}
.decision{font-size:34px;font-weight:800;letter-spacing:.5px}.decision .incomplete{font-size:14px;font-weight:600}.go .decision{color:var(--go)}.nogo .decision{color:var(--nogo)}
.muted{color:var(--muted)}.cards{display:flex;gap:10px;flex-wrap:wrap;margin:14px 0}.card{background:var(--card);border-radius:8px;padding:8px 14px;min-width:92px}.card b{display:block;font-size:20px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--card)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--card);padding:1px 4px;border-radius:4px}pre{background:var(--card);padding:10px;border-radius:6px;overflow:auto;font:12px ui-monospace,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
.sev{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:12px;font-weight:600}.sev.critical{background:var(--crit)}.sev.high{background:var(--high)}.sev.medium{background:var(--med)}.sev.low{background:var(--low)}.sev.info{background:var(--info)}
details.finding{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}details.finding summary{cursor:pointer}details.finding[data-status=error]{border-style:dashed}
.tag{font-size:11px;border:1px solid var(--line);border-radius:8px;padding:0 6px;margin-left:6px;color:var(--muted)}
.filters{margin:8px 0}.filters label{margin-right:12px}
`;

const JS = `
document.querySelectorAll('.filters input').forEach(function(cb){cb.addEventListener('change',function(){
var on={};document.querySelectorAll('.filters input').forEach(function(i){on[i.value]=i.checked});
document.querySelectorAll('details.finding').forEach(function(d){d.style.display=on[d.dataset.severity]?'':'none'})})});
`;

function sev(f: Finding): string {
  return `<span class="sev ${f.severity}">${h(f.severity)}</span>`;
}

function riskTable(entries: RiskEntry[]): string {
  if (entries.length === 0) return '<p class="muted">Nothing.</p>';
  const rows = entries
    .map((e) => {
      const f = e.finding;
      return `<tr><td>${e.score}</td><td>${sev(f)}</td><td>${h(IMPACTS[e.impact].label)}</td><td><a href="#f-${h(f.id)}">${h(f.title)}</a></td><td><code>${h(f.checkId)}</code></td><td>${h(whereOf(f))}</td><td>${h(e.effort)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Score</th><th>Severity</th><th>Business impact</th><th>Finding</th><th>Check</th><th>Where</th><th>Effort</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function findingHtml(f: Finding): string {
  const tags = [f.status !== 'fail' ? f.status : '', f.baseline ?? '', f.waiver ? `waived by ${f.waiver.owner}` : ''].filter(Boolean).map((t) => `<span class="tag">${h(t)}</span>`).join('');
  const facts = [
    whereOf(f) ? `<b>Where:</b> <code>${h(whereOf(f))}</code>` : '',
    f.location?.url ? `<b>URL:</b> <code>${h(f.location.url)}</code>` : '',
    f.cwe ? `<b>CWE:</b> ${h(f.cwe)}` : '',
    f.owasp ? `<b>OWASP:</b> ${h(f.owasp)}` : '',
    `<b>Id:</b> <code>${h(f.id)}</code>`,
  ].filter(Boolean);
  const parts = [`<p>${facts.join(' · ')}</p>`, `<p>${h(f.message)}</p>`];
  if (f.evidence) parts.push(`<p><b>Evidence</b></p><pre>${h(f.evidence)}</pre>`);
  if (typeof f.meta?.curl === 'string') parts.push(`<p><b>Reproduce</b></p><pre>${h(f.meta.curl)}</pre>`);
  if (f.remediation) parts.push(`<p><b>Fix:</b> ${h(f.remediation)}</p>`);
  if (f.docsUrl) parts.push(`<p class="muted">Docs: <code>${h(f.docsUrl)}</code></p>`);
  return `<details class="finding" id="f-${h(f.id)}" data-severity="${h(f.severity)}" data-status="${h(f.status)}"><summary>${sev(f)} <b>${h(f.title)}</b> <code>${h(f.checkId)}</code>${tags}</summary>${parts.join('')}</details>`;
}

export function renderHtml(report: Report, opts: { command?: string; verbose?: boolean } = {}): string {
  const reg = buildRiskRegister(report);
  const s = report.summary;
  const nogo = report.decision === 'NO-GO';
  const title = typeof report.target?.project === 'string' ? `${report.target.project} — ` : '';
  const active = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const errors = report.findings.filter((f) => f.status === 'error');
  const passed = report.findings.filter((f) => f.status === 'pass' || f.status === 'skipped');
  const body: string[] = [];
  body.push(
    `<div class="banner ${nogo ? 'nogo' : 'go'}"><div class="decision">${h(report.decision)}${report.interrupted ? '<div class="incomplete">interrupted</div>' : ''}${report.incomplete ? `<div class="incomplete">incomplete: ${report.incomplete.errors} check${report.incomplete.errors === 1 ? '' : 's'} could not run</div>` : ''}</div><div><h1>${h(title)}launch readiness</h1><div>${h(report.gate?.explanation ?? '')}</div><div class="muted">Started ${h(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s${report.requests ? ` · ${report.requests} requests` : ''} · launchready ${h(report.tool.version)}${opts.command ? ` · <code>${h(opts.command)}</code>` : ''}</div></div></div>`,
  );
  const card = (label: string, n: number) => `<div class="card"><b>${n}</b>${h(label)}</div>`;
  body.push(`<div class="cards">${card('critical', s.critical)}${card('high', s.high)}${card('medium', s.medium)}${card('low', s.low)}${card('info', s.info)}${card('could not run', report.errors ?? 0)}${card('waived', report.waived ?? 0)}</div>`);
  const sections = renderSections(report, 'html');
  if (sections) body.push(sections);
  body.push('<section id="risk-register"><h2>Risk register</h2><p class="muted">Score = likelihood (from severity) × business impact (1–25). Must fix now = blocks the gate or scores 16 or more.</p>');
  body.push(`<h3>Must fix now (${reg.mustFixNow.length})</h3>${riskTable(reg.mustFixNow)}`);
  body.push(`<h3>Can defer (${reg.canDefer.length})</h3>${riskTable(reg.canDefer)}`);
  body.push(`<h3>Accepted risks (${reg.accepted.length})</h3>`);
  if (reg.accepted.length) {
    body.push(
      `<table><thead><tr><th>Finding</th><th>Check</th><th>Where</th><th>Owner</th><th>Reason</th><th>Expires</th></tr></thead><tbody>${reg.accepted
        .map((e) => `<tr><td>${h(e.finding.title)}</td><td><code>${h(e.finding.checkId)}</code></td><td>${h(whereOf(e.finding))}</td><td>${h(e.finding.waiver!.owner)}</td><td>${h(e.finding.waiver!.reason)}</td><td>${h(e.finding.waiver!.expires ?? 'never')}</td></tr>`)
        .join('')}</tbody></table>`,
    );
  } else body.push('<p class="muted">None.</p>');
  body.push('</section>');
  if (errors.length) {
    body.push(`<section id="errors"><h2>Could not run (${errors.length})</h2><p class="muted">These checks prove nothing either way; check them by hand before launch.</p>${errors.map(findingHtml).join('')}</section>`);
  }
  if (report.fixed?.length) {
    body.push(`<section id="fixed"><h2>Fixed since baseline (${report.fixed.length})</h2><ul>${report.fixed.map((f) => `<li><code>${h(f.checkId)}</code> ${h(whereOf(f))}: ${h(f.title)}</li>`).join('')}</ul></section>`);
  }
  body.push(`<section id="findings"><h2>Findings (${active.length})</h2>`);
  body.push(`<div class="filters">${['critical', 'high', 'medium', 'low', 'info'].map((x) => `<label><input type="checkbox" value="${x}" checked> ${x}</label>`).join('')}</div>`);
  body.push(active.map(findingHtml).join('') || '<p class="muted">No open findings.</p>');
  body.push('</section>');
  if (passed.length) {
    body.push(`<section id="passed"><h2>Passed and skipped (${passed.length})</h2><table><thead><tr><th></th><th>Check</th><th>Where</th><th>Result</th></tr></thead><tbody>${passed
      .map((f) => `<tr><td>${f.status === 'pass' ? '✔' : '–'}</td><td><code>${h(f.checkId)}</code></td><td>${h(whereOf(f))}</td><td>${h(f.message)}</td></tr>`)
      .join('')}</tbody></table></section>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${h(report.decision)} — ${h(title)}launchready report</title><style>${CSS}</style></head>
<body><main>
${body.join('\n')}
</main><script>${JS}</script></body></html>
`;
}
