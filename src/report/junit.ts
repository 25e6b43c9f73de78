import type { Finding, Report } from '../core/types.js';
import { whereOf } from './risk.js';

/**
 * JUnit XML for CI dashboards: one <testsuite> per area, one <testcase> per finding. fail → <failure>,
 * error (could not run) → <error>, waived/skipped → <skipped>, warn → passes with a note in <system-out>
 * (warnings do not break a build unless the gate says so).
 */

export function xmlEscape(s: string): string {
  // Also drop characters XML 1.0 forbids (control chars other than tab/newline/CR).
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function caseXml(f: Finding): string {
  const where = whereOf(f);
  const name = xmlEscape(`${f.title}${where ? ` — ${where}` : ''}`);
  const classname = xmlEscape(f.checkId);
  const detail = xmlEscape([f.message, f.evidence ? `evidence: ${f.evidence}` : '', f.remediation ? `fix: ${f.remediation}` : '', `id: ${f.id}`].filter(Boolean).join('\n'));
  let inner = '';
  if (f.waiver) inner = `<skipped message="${xmlEscape(`waived by ${f.waiver.owner}: ${f.waiver.reason}`)}"/>`;
  else if (f.status === 'fail') inner = `<failure type="${f.severity}" message="${xmlEscape(f.message.slice(0, 300))}">${detail}</failure>`;
  else if (f.status === 'error') inner = `<error type="could-not-run" message="${xmlEscape(f.message.slice(0, 300))}">${detail}</error>`;
  else if (f.status === 'skipped') inner = `<skipped message="${xmlEscape(f.message.slice(0, 300))}"/>`;
  else if (f.status === 'warn') inner = `<system-out>${xmlEscape(`warning (${f.severity}): `)}${detail}</system-out>`;
  return `    <testcase classname="${classname}" name="${name}" time="0">${inner}</testcase>`;
}

export function renderJunit(report: Report): string {
  const byArea = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const area = f.checkId.split('/')[0]!;
    if (!byArea.has(area)) byArea.set(area, []);
    byArea.get(area)!.push(f);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const [area, list] of [...byArea.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const fl = list.filter((f) => f.status === 'fail' && !f.waiver).length;
    const er = list.filter((f) => f.status === 'error').length;
    const sk = list.filter((f) => f.waiver || f.status === 'skipped').length;
    tests += list.length;
    failures += fl;
    errors += er;
    skipped += sk;
    suites.push(
      `  <testsuite name="launchready.${xmlEscape(area)}" tests="${list.length}" failures="${fl}" errors="${er}" skipped="${sk}" timestamp="${xmlEscape(report.startedAt)}">\n${list.map(caseXml).join('\n')}\n  </testsuite>`,
    );
  }
  const time = (report.durationMs / 1000).toFixed(3);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="launchready ${xmlEscape(report.decision)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}">\n` +
    suites.join('\n') +
    (suites.length ? '\n' : '') +
    `</testsuites>\n`
  );
}
