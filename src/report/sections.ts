import type { Report } from '../core/types.js';

/**
 * Stage-contributed report sections (system map, secret inventory, environment separation...) arrive as
 * `report.sections[name] = { title, columns, rows }` tables or `{ title, items }` lists; reporters render them
 * generically so a stage adds a section without touching any reporter.
 */
export interface TableSection {
  title: string;
  description?: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}
export interface ListSection {
  title: string;
  description?: string;
  items: string[];
}
export type ReportSection = TableSection | ListSection;

export function isSection(v: unknown): v is ReportSection {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.title === 'string' && ((Array.isArray(o.columns) && Array.isArray(o.rows)) || Array.isArray(o.items));
}

export function reportSections(report: Report): [string, ReportSection][] {
  return Object.entries(report.sections ?? {}).filter((e): e is [string, ReportSection] => isSection(e[1]));
}

function md(s: unknown): string {
  return String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function renderSections(report: Report, format: 'markdown' | 'html'): string {
  const out: string[] = [];
  for (const [key, s] of reportSections(report)) {
    if (format === 'markdown') {
      out.push(`## ${md(s.title)}`, '');
      if (s.description) out.push(s.description, '');
      if ('columns' in s) {
        out.push(`| ${s.columns.map(md).join(' | ')} |`, `|${s.columns.map(() => '---').join('|')}|`);
        for (const r of s.rows) out.push(`| ${r.map(md).join(' | ')} |`);
        if (s.rows.length === 0) out.push(`| ${s.columns.map(() => '').join(' | ')} |`);
      } else for (const i of s.items) out.push(`- ${md(i)}`);
      out.push('');
    } else {
      out.push(`<section id="section-${escapeHtml(key)}"><h2>${escapeHtml(s.title)}</h2>`);
      if (s.description) out.push(`<p class="muted">${escapeHtml(s.description)}</p>`);
      if ('columns' in s) {
        // long tables fold behind their row count so the page stays short; short ones stay open
        const fold = s.rows.length > 12;
        if (fold) out.push(`<details><summary>Show all ${s.rows.length} rows</summary>`);
        out.push(`<table><thead><tr>${s.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>`);
        for (const r of s.rows) out.push(`<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
        out.push('</tbody></table>');
        if (fold) out.push('</details>');
      } else out.push(`<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
      out.push('</section>');
    }
  }
  return out.join('\n');
}
