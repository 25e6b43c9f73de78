import { findingFingerprint } from '../core/fingerprint.js';
import { buildReport } from '../core/policy.js';
import type { Finding, Location, Report } from '../core/types.js';
import type { ProbeResult, ResolvedMonitor } from './types.js';

/** Where a monitor looks, as a report location (the URL, host or domain it probes). */
function monitorLocation(m: ResolvedMonitor): Location {
  switch (m.type) {
    case 'http':
    case 'webhook':
      return { url: m.url };
    case 'flow':
      return { url: m.steps[0]!.url };
    case 'tls':
      return { host: m.host };
    case 'dns':
      return { host: m.domain };
    default:
      return { path: `monitor:${m.id}` };
  }
}

/**
 * `monitor --once` as a launchready report (every --format works, e.g. JSON for a CI canary): one finding per
 * result, `fail` (high) when the monitor is down and `pass` when up, with the raw result under `meta`. The same
 * monitor at the same location keeps the same finding id across runs, so --baseline and waivers work.
 */
export function onceReport(results: ProbeResult[], monitors: Map<string, ResolvedMonitor>, startedAt: Date, version: string, finishedAt = new Date()): Report {
  const findings: Finding[] = [];
  for (const r of results) {
    const m = monitors.get(r.monitorId);
    if (!m) continue;
    const down = r.status === 'down';
    const messageId = down ? 'down' : 'up';
    const facts = [r.httpStatus !== null ? `HTTP ${r.httpStatus}` : '', r.latencyMs !== null ? `${Math.round(r.latencyMs)} ms` : '', r.attempts > 1 ? `${r.attempts} attempts` : ''].filter(Boolean).join(', ');
    findings.push({
      id: findingFingerprint(`monitor/${m.type}`, messageId, `${m.id}@${r.location}`),
      checkId: `monitor/${m.type}`,
      status: down ? 'fail' : 'pass',
      severity: down ? 'high' : 'info',
      title: down ? `${m.name} is down` : `${m.name} is up`,
      message: down ? `${m.name} (${r.location}): ${r.error ?? 'down'}${facts ? ` (${facts})` : ''}` : `${m.name} (${r.location}) is up${facts ? ` (${facts})` : ''}`,
      messageId,
      location: monitorLocation(m),
      docsUrl: 'docs/monitor.md',
      ...(down ? { remediation: 'Check the endpoint and its dependencies; the dashboard shows the history and the incident timeline.' } : {}),
      meta: { monitorId: r.monitorId, location: r.location, at: new Date(r.at).toISOString(), latencyMs: r.latencyMs, httpStatus: r.httpStatus, attempts: r.attempts, error: r.error, detail: r.detail },
    });
  }
  return buildReport({
    findings,
    startedAt,
    finishedAt,
    version,
    gate: { failOn: 'high' },
    target: { monitors: results.length },
    sections: { monitorResults: results.map((r) => ({ ...r, at: new Date(r.at).toISOString(), slot: new Date(r.slot).toISOString() })) },
  });
}
