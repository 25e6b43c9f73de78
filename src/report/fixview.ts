import type { FixItem } from '../core/fixlist.js';
import type { Finding, Report } from '../core/types.js';

/**
 * Reporter-side lookups over the fix list the report carries (built once in core by buildReport). Nothing here
 * groups or scores: it resolves ids and splits by section for rendering.
 */

export interface FixView {
  item: FixItem;
  findings: Finding[];
}

export const SECTION_TITLES = { live: 'Live app', repo: 'Repository, configuration and logs' } as const;

export function fixViews(report: Report): FixView[] {
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  return (report.fixList ?? []).map((item) => ({ item, findings: item.findingIds.map((id) => byId.get(id)).filter((f): f is Finding => Boolean(f)) }));
}

export function fixSections(report: Report): { section: keyof typeof SECTION_TITLES; title: string; views: FixView[] }[] {
  const views = fixViews(report);
  return (['live', 'repo'] as const).map((section) => ({ section, title: SECTION_TITLES[section], views: views.filter((v) => v.item.section === section) }));
}

/** finding id → the fix item it belongs to */
export function itemOfFinding(report: Report): Map<string, FixItem> {
  const m = new Map<string, FixItem>();
  for (const item of report.fixList ?? []) for (const id of item.findingIds) m.set(id, item);
  return m;
}

export function areaOf(checkId: string): string {
  return checkId.split('/')[0] ?? checkId;
}

export const AREA_TITLES: Record<string, string> = {
  api: 'API',
  ai: 'AI features',
  edge: 'Edge and headers',
  tls: 'TLS',
  dns: 'DNS',
  email: 'Email',
  perf: 'Performance',
  secrets: 'Secrets',
  repo: 'Repository hygiene',
  ops: 'Environments and credentials',
  logs: 'Logs',
  policy: 'Policy',
  deploy: 'Deploy gate',
  monitor: 'Monitoring',
};
