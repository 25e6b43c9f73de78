import { SEVERITIES, type Finding, type Report, type Severity } from '../core/types.js';
import { AREA_TITLES, areaOf, fixSections, itemOfFinding, type FixView } from './fixview.js';
import { registerOf, IMPACTS, whereOf, type RiskEntry } from './risk.js';
import { escapeHtml as h, renderSections } from './sections.js';

/**
 * One self-contained HTML file: inline CSS, a few lines of inline JS (filters, copy buttons, open-all for
 * print), no external asset, no network request when opened. Everything reads without JavaScript: filters and
 * copy buttons are added by the script, evidence sits in native <details>. Every value is escaped; the report
 * was redacted before it got here. Layout (docs/report.md): decision + coverage line, fix list, charts, areas,
 * could-not-run, accepted risks, coverage matrix, risk register, stage sections, passed checks.
 */

// Colours meet WCAG AA (4.5:1) as white text on the badge and as text on the page, in light and dark mode.
const CSS = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--crit:#7b1fa2;--high:#b3261e;--med:#8a4b00;--low:#1f5fbf;--info:#57606a;--err:#6e40c9;--go:#1a7f37;--nogo:#b3261e;--card:#f6f8fa;--link:#0b57d0}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--card:#161b22;--link:#79b8ff}}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--link)}main{max-width:1150px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}h2{font-size:19px;margin:30px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:0}
.banner{display:flex;gap:20px;align-items:center;padding:18px 20px;border-radius:10px;background:var(--card);border-left:8px solid var(--go)}.banner.nogo{border-left-color:var(--nogo)}
.decision{font-size:34px;font-weight:800;letter-spacing:.5px;white-space:nowrap}.go .decision{color:var(--go)}.nogo .decision{color:var(--nogo)}
.muted{color:var(--muted)}.basis{margin-top:6px}
nav.toc{margin:14px 0;padding:10px 14px;background:var(--card);border-radius:8px}nav.toc ol{margin:0;padding-left:20px;columns:2}nav.toc li{margin:2px 0}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--card)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--card);padding:1px 4px;border-radius:4px;word-break:break-word}pre{background:var(--card);padding:10px;border-radius:6px;overflow:auto;font:12px ui-monospace,Menlo,monospace;white-space:pre-wrap;word-break:break-all;margin:4px 0}
.sev{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:12px;font-weight:600;white-space:nowrap}.sev.critical{background:var(--crit)}.sev.high{background:var(--high)}.sev.medium{background:var(--med)}.sev.low{background:var(--low)}.sev.info{background:var(--info)}.sev.error{background:var(--err)}
.fix{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px;padding:10px 14px;margin:10px 0}.fix.critical{border-left-color:var(--crit)}.fix.high{border-left-color:var(--high)}.fix.medium{border-left-color:var(--med)}.fix.low{border-left-color:var(--low)}
.fix h3 a{color:inherit;text-decoration:none}.fix .facts{margin:4px 0;color:var(--muted)}.fix p{margin:4px 0}.num{color:var(--muted);font-weight:600;margin-right:4px}
details{margin:6px 0}summary{cursor:pointer}details.area>summary h3{display:inline;font-size:15px}details.finding{border:1px solid var(--line);border-radius:8px;padding:6px 10px;margin:6px 0}details.finding[data-status=error]{border-style:dashed}details.evidence-item{margin-left:6px;padding-left:10px;border-left:2px solid var(--line)}
.tag{font-size:11px;border:1px solid var(--line);border-radius:8px;padding:0 6px;margin-left:6px;color:var(--muted)}
fieldset.filters{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:6px 12px}fieldset.filters legend{padding:0 4px;font-weight:600}.filters .row{margin:2px 0}.filters label{margin-right:12px;white-space:nowrap}
.copy{font-size:12px;margin:2px 0;padding:1px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);cursor:pointer}
.charts{display:flex;flex-wrap:wrap;gap:24px}.charts figure{margin:0}.charts figcaption{font-weight:600;margin-bottom:4px}svg text{fill:var(--fg);font:11px system-ui,sans-serif}
.legend span{margin-right:10px;white-space:nowrap}.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
[hidden]{display:none!important}.scroll{overflow:auto}
@media print{nav.toc,fieldset.filters,.copy{display:none}body{font-size:11px}main{max-width:none;padding:0}.fix,details.finding{break-inside:avoid}a{color:inherit;text-decoration:none}.banner{border:1px solid #999}}
`;

const JS = `
(function(){
var boxes=[].slice.call(document.querySelectorAll('fieldset.filters input'));
function apply(){var on={};boxes.forEach(function(b){on[b.dataset.filter+':'+b.value]=b.checked});
document.querySelectorAll('[data-severity]').forEach(function(el){
var show=on['severity:'+el.dataset.severity]!==false&&el.dataset.area.split(' ').some(function(a){return on['area:'+a]!==false})&&on['status:'+el.dataset.status]!==false;
el.hidden=!show});
document.querySelectorAll('[data-count-for]').forEach(function(c){var s=document.getElementById(c.dataset.countFor);if(!s)return;
c.textContent=String(s.querySelectorAll('[data-severity]:not([hidden])').length)})}
boxes.forEach(function(b){b.addEventListener('change',apply)});
document.querySelectorAll('fieldset.filters').forEach(function(f){f.hidden=false});
document.querySelectorAll('pre.curl').forEach(function(pre){var b=document.createElement('button');b.type='button';b.className='copy';b.textContent='Copy curl';
b.addEventListener('click',function(){var r=document.createRange();r.selectNodeContents(pre);var sel=getSelection();sel.removeAllRanges();sel.addRange(r);
function done(ok){b.textContent=ok?'Copied':'Selected: press Ctrl+C'}
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(pre.textContent).then(function(){done(true)},function(){done(false)})}else{var ok=false;try{ok=document.execCommand('copy')}catch(e){}done(ok)}});
pre.parentNode.insertBefore(b,pre)});
function reveal(){var id=location.hash.slice(1);if(!id)return;var el=document.getElementById(id);for(var d=el;d;d=d.parentElement)if(d.tagName==='DETAILS')d.open=true;if(el)el.scrollIntoView()}
window.addEventListener('hashchange',reveal);reveal();
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
})();
`;

const SEV_COLOR: Record<Severity, string> = { critical: '#7b1fa2', high: '#b3261e', medium: '#8a4b00', low: '#1f5fbf', info: '#57606a' };

function sevBadge(f: Pick<Finding, 'severity' | 'status'>): string {
  return f.status === 'error' ? '<span class="sev error">could not run</span>' : `<span class="sev ${f.severity}">${h(f.severity)}</span>`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function findingBody(f: Finding): string {
  const facts = [
    whereOf(f) ? `<b>Where:</b> <code>${h(whereOf(f))}</code>` : '',
    f.location?.url && f.location.url !== whereOf(f) ? `<b>URL:</b> <code>${h(f.location.url)}</code>` : '',
    f.cwe ? `<b>CWE:</b> ${h(f.cwe)}` : '',
    f.owasp ? `<b>OWASP:</b> ${h(f.owasp)}` : '',
    `<b>Check:</b> <code>${h(f.checkId)}</code>`,
    `<b>Id:</b> <code>${h(f.id)}</code>`,
  ].filter(Boolean);
  const parts = [`<p>${facts.join(' · ')}</p>`, `<p>${h(f.message)}</p>`];
  if (f.evidence) parts.push(`<p><b>Evidence</b></p><pre>${h(f.evidence)}</pre>`);
  if (typeof f.meta?.curl === 'string') parts.push(`<p><b>Reproduce</b></p><pre class="curl">${h(f.meta.curl)}</pre>`);
  if (f.remediation) parts.push(`<p><b>Fix:</b> ${h(f.remediation)}</p>`);
  if (f.docsUrl) parts.push(`<p class="muted">Docs: <code>${h(f.docsUrl)}</code></p>`);
  return parts.join('');
}

function findingHtml(f: Finding, fixOf: Map<string, { id: string; title: string }>): string {
  const tags = [f.status === 'warn' ? 'warning' : '', f.baseline ?? '', f.waiver ? `waived by ${f.waiver.owner}` : ''].filter(Boolean).map((t) => `<span class="tag">${h(t)}</span>`).join('');
  const item = fixOf.get(f.id);
  const link = item ? `<p class="muted">Fix item: <a href="#fix-${h(item.id)}">${h(item.title)}</a></p>` : '';
  const status = f.status === 'fail' || f.status === 'warn' ? f.status : 'other';
  return `<details class="finding" id="f-${h(f.id)}" data-severity="${h(f.severity)}" data-area="${h(areaOf(f.checkId))}" data-status="${status}"><summary>${sevBadge(f)} <b>${h(f.title)}</b> <span class="muted">${h(whereOf(f))}</span>${tags}</summary>${link}${findingBody(f)}</details>`;
}

/** Items shown in full (fix and retest open); later ones fold them with the evidence to keep the page short. */
export const HTML_FULL_ITEMS = 10;

function fixHtml(v: FixView, n: number): string {
  const it = v.item;
  const full = n <= HTML_FULL_ITEMS;
  const fixRetest = `<p><b>Fix:</b> ${h(it.remediation)}</p><p><b>Retest:</b> <code>${h(it.retest)}</code></p>`;
  const areas = [...new Set(v.findings.map((f) => areaOf(f.checkId)))];
  const evidence = v.findings
    .map((f) => `<details class="evidence-item"><summary>${sevBadge(f)} ${h(whereOf(f) || f.checkId)} <span class="muted">${h(f.title)}</span></summary>${findingBody(f)}</details>`)
    .join('');
  return `<article class="fix ${it.severity}" id="fix-${h(it.id)}" data-severity="${it.severity}" data-area="${h(areas.join(' '))}" data-status="${it.status}">
<h3><span class="num">${n}.</span> ${sevBadge(it)} <a href="#fix-${h(it.id)}">${h(it.title)}</a></h3>
<p class="facts">${h(it.impact)} · effort: ${h(it.effort)} · ${it.findingIds.length} finding${it.findingIds.length === 1 ? '' : 's'}${it.blocking ? ' · <b>blocks launch</b>' : ''}${it.status === 'warn' ? ' · warning' : ''}</p>
${full ? `${fixRetest}<details class="evidence"><summary>Evidence (${v.findings.length})</summary>${evidence}</details>` : `<details class="evidence"><summary>Fix, retest and evidence (${v.findings.length})</summary>${fixRetest}${evidence}</details>`}
</article>`;
}

/** Stacked bars: open findings per area, split by severity (inline SVG, readable by screen readers via <title>/<desc>). */
function areaChart(active: Finding[]): string {
  const areas = [...new Set(active.map((f) => areaOf(f.checkId)))];
  if (areas.length < 2) return '';
  const counts = areas.map((a) => ({ a, by: SEVERITIES.map((s) => active.filter((f) => areaOf(f.checkId) === a && f.severity === s).length) }));
  counts.sort((x, y) => y.by.reduce((p, c) => p + c, 0) - x.by.reduce((p, c) => p + c, 0));
  const max = Math.max(...counts.map((c) => c.by.reduce((p, q) => p + q, 0)));
  const W = 470;
  const row = 20;
  const left = 170;
  const Hh = counts.length * row + 10;
  const bars = counts
    .map((c, i) => {
      let x = left;
      const total = c.by.reduce((p, q) => p + q, 0);
      const segs = c.by
        .map((n, k) => {
          if (!n) return '';
          const w = Math.max(2, Math.round(((W - left - 40) * n) / max));
          const r = `<rect x="${x}" y="${i * row + 4}" width="${w}" height="${row - 6}" fill="${SEV_COLOR[SEVERITIES[k]!]}"><title>${h(`${AREA_TITLES[c.a] ?? c.a}: ${n} ${SEVERITIES[k]}`)}</title></rect>`;
          x += w;
          return r;
        })
        .join('');
      return `<text x="${left - 6}" y="${i * row + 17}" text-anchor="end">${h(AREA_TITLES[c.a] ?? c.a)}</text>${segs}<text x="${x + 4}" y="${i * row + 17}">${total}</text>`;
    })
    .join('');
  const desc = counts.map((c) => `${AREA_TITLES[c.a] ?? c.a}: ${SEVERITIES.map((s, k) => (c.by[k] ? `${c.by[k]} ${s}` : '')).filter(Boolean).join(', ')}`).join('; ');
  const legend = SEVERITIES.map((s) => `<span><span class="sw sev ${s}"></span>${s}</span>`).join('');
  return `<figure><figcaption>Open findings per area and severity</figcaption><svg role="img" aria-labelledby="chart-areas-t chart-areas-d" width="${W}" height="${Hh}" viewBox="0 0 ${W} ${Hh}"><title id="chart-areas-t">Open findings per area and severity</title><desc id="chart-areas-d">${h(desc)}</desc>${bars}</svg><div class="legend muted">${legend}</div></figure>`;
}

/** p95 per route against its budget, from the perf findings (pass and fail carry p95 and budget). */
function latencyChart(findings: Finding[]): string {
  const rows = findings
    .filter((f) => f.checkId.startsWith('perf/') && typeof f.data?.p95 === 'number' && typeof f.data?.budget === 'number')
    .map((f) => ({ route: whereOf(f) || String(f.data?.path ?? ''), p95: Number(f.data!.p95), budget: Number(f.data!.budget) }))
    .slice(0, 20);
  if (!rows.length) return '';
  const W = 460;
  const left = 190;
  const row = 22;
  const max = Math.max(...rows.map((r) => Math.max(r.p95, r.budget))) * 1.1;
  const scale = (v: number) => left + Math.round(((W - left - 60) * v) / max);
  const Hh = rows.length * row + 10;
  const body = rows
    .map((r, i) => {
      const over = r.p95 > r.budget;
      return `<text x="${left - 6}" y="${i * row + 17}" text-anchor="end">${h(r.route.length > 30 ? r.route.slice(0, 29) + '…' : r.route)}</text><rect x="${left}" y="${i * row + 5}" width="${scale(r.p95) - left}" height="${row - 8}" fill="${over ? SEV_COLOR.high : '#1a7f37'}"><title>${h(`${r.route}: p95 ${r.p95} ms, budget ${r.budget} ms`)}</title></rect><line x1="${scale(r.budget)}" x2="${scale(r.budget)}" y1="${i * row + 2}" y2="${i * row + row}" stroke="currentColor" stroke-width="2"/><text x="${scale(Math.max(r.p95, r.budget)) + 4}" y="${i * row + 17}">${r.p95} ms</text>`;
    })
    .join('');
  const desc = rows.map((r) => `${r.route}: p95 ${r.p95} ms against a ${r.budget} ms budget`).join('; ');
  return `<figure><figcaption>p95 latency per route (bar) against its budget (line)</figcaption><svg role="img" aria-labelledby="chart-p95-t chart-p95-d" width="${W}" height="${Hh}" viewBox="0 0 ${W} ${Hh}"><title id="chart-p95-t">p95 latency per route against budget</title><desc id="chart-p95-d">${h(desc)}</desc>${body}</svg></figure>`;
}

function riskTable(entries: RiskEntry[]): string {
  if (entries.length === 0) return '<p class="muted">Nothing.</p>';
  const rows = entries
    .map((e) => {
      const f = e.finding;
      return `<tr><td>${e.score}</td><td>${sevBadge(f)}</td><td>${h(IMPACTS[e.impact].label)}</td><td><a href="#f-${h(f.id)}">${h(f.title)}</a></td><td><code>${h(f.checkId)}</code></td><td>${h(whereOf(f))}</td><td>${h(e.effort)}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th scope="col">Score</th><th scope="col">Severity</th><th scope="col">Business impact</th><th scope="col">Finding</th><th scope="col">Check</th><th scope="col">Where</th><th scope="col">Effort</th></tr></thead><tbody>${rows}</tbody></table>`;
}

interface CoverageRoute {
  method: string;
  path: string;
  checks: Record<string, string>;
}

function coverageHtml(report: Report): string {
  const cov = (report as { coverage?: { routes?: CoverageRoute[] } }).coverage;
  const routes = cov?.routes;
  if (!Array.isArray(routes) || routes.length === 0) return '';
  const checks = [...new Set(routes.flatMap((r) => Object.keys(r.checks ?? {})))].sort();
  const tally: Record<string, number> = {};
  for (const r of routes) for (const v of Object.values(r.checks ?? {})) tally[v] = (tally[v] ?? 0) + 1;
  const head = `<tr><th scope="col">Route</th>${checks.map((c) => `<th scope="col">${h(c.replace(/^api\//, ''))}</th>`).join('')}</tr>`;
  const body = routes.map((r) => `<tr><th scope="row"><code>${h(`${r.method} ${r.path}`)}</code></th>${checks.map((c) => `<td>${h(r.checks?.[c] ?? '')}</td>`).join('')}</tr>`).join('');
  return `<section id="coverage"><h2>API coverage (${routes.length} routes)</h2><p class="muted">${h(Object.entries(tally).map(([k, n]) => `${n} ${k}`).join(' · '))}</p><details><summary>Route × check matrix</summary><div class="scroll"><table><thead>${head}</thead><tbody>${body}</tbody></table></div></details></section>`;
}

export function renderHtml(report: Report, opts: { command?: string; verbose?: boolean } = {}): string {
  const reg = registerOf(report);
  const nogo = report.decision === 'NO-GO';
  const title = typeof report.target?.project === 'string' ? `${report.target.project} — ` : '';
  const open = report.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && !f.waiver);
  const errors = report.findings.filter((f) => f.status === 'error');
  const passed = report.findings.filter((f) => f.status === 'pass' || f.status === 'skipped');
  const fixOf = itemOfFinding(report);
  const sections = fixSections(report);
  const totalItems = sections.reduce((n, s) => n + s.views.length, 0);
  const areas = [...new Set(open.map((f) => areaOf(f.checkId)))].sort((a, b) => open.filter((f) => areaOf(f.checkId) === b).length - open.filter((f) => areaOf(f.checkId) === a).length);
  const toc: [string, string][] = [];
  const body: string[] = [];

  body.push(
    `<header class="banner ${nogo ? 'nogo' : 'go'}"><div class="decision">${h(report.decision)}</div><div><h1>${h(title)}launch readiness</h1><p>${h(report.gate?.explanation ?? '')}</p>${report.basis?.line ? `<p class="basis"><b>Coverage:</b> ${h(report.basis.line)}</p>` : ''}<p class="muted">${totalItems} fix item${totalItems === 1 ? '' : 's'} · ${open.length} open finding${open.length === 1 ? '' : 's'}${errors.length ? ` · ${errors.length} could not run` : ''}${report.waived ? ` · ${report.waived} waived` : ''} · started ${h(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s${report.requests ? ` · ${report.requests} requests` : ''} · launchready ${h(report.tool.version)}${opts.command ? ` · <code>${h(opts.command)}</code>` : ''}</p></div></header>`,
  );

  // Filters apply to fix items and to findings in the area sections; shown only when the script runs.
  const filterBox = (name: string, values: string[], label: (v: string) => string) => `<div class="row"><b>${h(name)}:</b> ${values.map((v) => `<label><input type="checkbox" name="filter-${h(name.toLowerCase())}-${h(v)}" data-filter="${h(name.toLowerCase())}" value="${h(v)}" checked> ${h(label(v))}</label>`).join('')}</div>`;
  const filters = `<fieldset class="filters" hidden><legend>Filter</legend>${filterBox('Severity', [...SEVERITIES], (v) => v)}${filterBox('Area', areas, (a) => AREA_TITLES[a] ?? a)}${filterBox('Status', ['fail', 'warn'], (s) => (s === 'fail' ? 'failed' : 'warning'))}</fieldset>`;

  // 1. the fix list, first
  const fix: string[] = [`<section id="fix-list"><h2>Fix list (${totalItems})</h2>`];
  if (totalItems === 0) fix.push('<p>Nothing to fix: no open finding.</p>');
  else {
    fix.push('<p class="muted">Grouped by root cause, most urgent first. Each item is one fix; its evidence lists every finding under it; its retest command proves it fixed.</p>');
    fix.push(filters);
    let n = 0;
    for (const s of sections) {
      if (!s.views.length) continue;
      fix.push(`<section id="fix-${s.section}" class="fix-section"><h2>${h(s.title)}: <span data-count-for="fix-${s.section}">${s.views.length}</span> item${s.views.length === 1 ? '' : 's'}</h2>`);
      for (const v of s.views) fix.push(fixHtml(v, ++n));
      fix.push('</section>');
    }
  }
  fix.push('</section>');
  body.push(fix.join('\n'));
  toc.push(['fix-list', `Fix list (${totalItems})`]);

  // 2. charts where they help
  const charts = [areaChart(open), latencyChart(report.findings)].filter(Boolean);
  if (charts.length) {
    body.push(`<section id="overview"><h2>Overview</h2><div class="charts">${charts.join('')}</div></section>`);
    toc.push(['overview', 'Overview charts']);
  }

  // 3. could not run: apart from severities
  if (errors.length) {
    body.push(`<section id="errors"><h2>Could not run (${errors.length})</h2><p class="muted">These checks prove nothing either way; check them by hand before launch.</p>${errors.map((f) => findingHtml(f, fixOf)).join('')}</section>`);
    toc.push(['errors', `Could not run (${errors.length})`]);
  }

  // 4. findings by area, with counts
  if (open.length) {
    const rows = areas.map((a) => {
      const fs = open.filter((f) => areaOf(f.checkId) === a);
      return `<tr><th scope="row"><a href="#area-${slug(a)}">${h(AREA_TITLES[a] ?? a)}</a></th>${SEVERITIES.map((s) => `<td>${fs.filter((f) => f.severity === s).length || ''}</td>`).join('')}<td>${fs.length}</td></tr>`;
    });
    body.push(`<section id="areas"><h2>Findings by area (${open.length})</h2><table><thead><tr><th scope="col">Area</th>${SEVERITIES.map((s) => `<th scope="col">${s}</th>`).join('')}<th scope="col">total</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    for (const a of areas) {
      const fs = open.filter((f) => areaOf(f.checkId) === a);
      // each area collapsed to its heading and counts: the fix list above is the reading order, areas are for lookup
      const counts = SEVERITIES.map((sv) => [sv, fs.filter((f) => f.severity === sv).length] as const).filter(([, k]) => k > 0).map(([sv, k]) => `${k} ${sv}`).join(', ');
      body.push(`<section id="area-${slug(a)}"><details class="area"><summary><h3>${h(AREA_TITLES[a] ?? a)} (<span data-count-for="area-${slug(a)}">${fs.length}</span>) <span class="muted">${h(counts)}</span></h3></summary>${fs.map((f) => findingHtml(f, fixOf)).join('')}</details></section>`);
    }
    body.push('</section>');
    toc.push(['areas', `Findings by area (${open.length}): ${areas.map((a) => `${AREA_TITLES[a] ?? a} ${open.filter((f) => areaOf(f.checkId) === a).length}`).join(', ')}`]);
  }

  // 5. accepted risks, baseline
  body.push(`<section id="accepted"><h2>Accepted risks (${reg.accepted.length})</h2>`);
  if (reg.accepted.length) {
    body.push(
      `<table><thead><tr><th scope="col">Finding</th><th scope="col">Check</th><th scope="col">Where</th><th scope="col">Owner</th><th scope="col">Reason</th><th scope="col">Expires</th></tr></thead><tbody>${reg.accepted
        .map((e) => `<tr><td>${h(e.finding.title)}</td><td><code>${h(e.finding.checkId)}</code></td><td>${h(whereOf(e.finding))}</td><td>${h(e.finding.waiver!.owner)}</td><td>${h(e.finding.waiver!.reason)}</td><td>${h(e.finding.waiver!.expires ?? 'never')}</td></tr>`)
        .join('')}</tbody></table>`,
    );
  } else body.push('<p class="muted">None.</p>');
  body.push('</section>');
  toc.push(['accepted', `Accepted risks (${reg.accepted.length})`]);
  if (report.fixed?.length) {
    body.push(`<section id="fixed"><h2>Fixed since baseline (${report.fixed.length})</h2><ul>${report.fixed.map((f) => `<li><code>${h(f.checkId)}</code> ${h(whereOf(f))}: ${h(f.title)}</li>`).join('')}</ul></section>`);
    toc.push(['fixed', `Fixed since baseline (${report.fixed.length})`]);
  }

  // 6. coverage matrix (API stage), risk register, then the stage sections (system map, inventories, log tables)
  const cov = coverageHtml(report);
  if (cov) {
    body.push(cov);
    toc.push(['coverage', 'API coverage']);
  }
  body.push(
    `<section id="risk-register"><h2>Risk register</h2><p class="muted">Every open finding scored likelihood (from severity) × business impact (1–25). Must fix now = blocks the gate or scores 16 or more.</p><details><summary>Must fix now (${reg.mustFixNow.length})</summary>${riskTable(reg.mustFixNow)}</details><details><summary>Can defer (${reg.canDefer.length})</summary>${riskTable(reg.canDefer)}</details></section>`,
  );
  toc.push(['risk-register', 'Risk register']);
  const stageSections = renderSections(report, 'html');
  if (stageSections) {
    body.push(stageSections);
    for (const m of stageSections.matchAll(/<section id="([^"]+)"><h2>([^<]*)<\/h2>/g)) toc.push([m[1]!, m[2]!.replace(/&amp;/g, '&')]);
  }
  if (passed.length) {
    body.push(`<section id="passed"><h2>Passed and skipped (${passed.length})</h2><details><summary>Show the ${passed.length} checks that passed or were skipped</summary><table><thead><tr><th scope="col">Result</th><th scope="col">Check</th><th scope="col">Where</th><th scope="col">What holds</th></tr></thead><tbody>${passed
      .map((f) => `<tr><td>${f.status === 'pass' ? 'pass' : 'skipped'}</td><td><code>${h(f.checkId)}</code></td><td>${h(whereOf(f))}</td><td>${h(f.message)}</td></tr>`)
      .join('')}</tbody></table></details></section>`);
    toc.push(['passed', `Passed and skipped (${passed.length})`]);
  }
  const nav = `<nav class="toc" aria-label="Contents"><ol>${toc.map(([id, label]) => `<li><a href="#${h(id)}">${h(label)}</a></li>`).join('')}</ol></nav>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${h(report.decision)} — ${h(title)}launchready report</title><style>${CSS}</style></head>
<body><main>
${body[0]}
${nav}
${body.slice(1).join('\n')}
</main><script>${JS}</script></body></html>
`;
}
