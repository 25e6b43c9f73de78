import type { Config } from '../core/config/schema.js';
import type { MonitorEntry, MonitorSection } from '../core/config/sections/monitor.js';
import { hasPlaceholder } from '../core/template.js';
import { Allowlist, hostOf } from '../probes/net.js';
import type { ResolvedMonitor } from './types.js';

export const EMPTY_MONITOR_SECTION: MonitorSection = {
  location: 'local',
  store: { kind: 'sqlite', role: 'all' },
  defaults: { intervalSec: 60, timeoutMs: 10_000, retries: 1, retryDelayMs: 2000, jitterMs: 1000, failThreshold: 2, recoverThreshold: 1 },
  concurrency: 256,
  locationSilentIntervals: 3,
  ca: [],
  slo: 99.9,
  retention: { rawDays: 7, rollupDays: 90 },
  flapping: { window: 10, changes: 4 },
  maintenance: [],
  alerts: [],
  server: { enabled: true, host: '127.0.0.1', port: 8787 },
  monitors: [],
};

export function monitorSection(config: Config): MonitorSection {
  return config.monitor ?? EMPTY_MONITOR_SECTION;
}

/** Apply defaults so the scheduler never looks at optional fields. */
export function resolveMonitors(section: MonitorSection): ResolvedMonitor[] {
  const d = section.defaults;
  return section.monitors.map((m) => {
    const locations = m.locations ?? [section.location];
    return {
      ...m,
      name: m.name ?? m.id,
      intervalMs: (m.intervalSec ?? d.intervalSec) * 1000,
      timeoutMs: m.timeoutMs ?? d.timeoutMs,
      retries: m.retries ?? d.retries,
      retryDelayMs: d.retryDelayMs,
      jitterMs: Math.min(d.jitterMs, Math.floor(((m.intervalSec ?? d.intervalSec) * 1000) / 4)),
      failThreshold: m.failThreshold ?? d.failThreshold,
      recoverThreshold: d.recoverThreshold,
      locations,
      locationsThreshold: m.locationsThreshold ?? Math.floor(locations.length / 2) + 1,
      slo: m.slo ?? section.slo,
      alertChannels: m.alerts ?? section.alerts.map((a) => a.name),
    } as ResolvedMonitor;
  });
}

/** Hosts a monitor may contact: only those the config names (the allowlist rule of every probe). */
export function monitorHosts(m: MonitorEntry): string[] {
  switch (m.type) {
    case 'http':
    case 'webhook':
      return [hostOf(m.url)];
    case 'flow':
      // a step whose host comes from a template is only known at run time: it is checked then, never added here
      return m.steps.map((s) => (hasPlaceholder(s.url.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '') ? '' : hostOf(s.url))).filter(Boolean);
    case 'tls':
      return [m.host];
    case 'dns':
      return [m.domain];
    default:
      return [];
  }
}

export function buildAllowlist(config: Config): Allowlist {
  const allow = new Allowlist(config.network.allowHosts);
  for (const m of monitorSection(config).monitors) for (const h of monitorHosts(m)) allow.add(h);
  return allow;
}
