import { z } from 'zod';
import { assertionFields, flowStep as flowStep_ } from '../flow.js';

// Owned by the monitor work (issue 6). One schema: TypeScript type, JSON Schema and the docs/monitor.md reference.

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a slug: lower-case letters, digits, ".", "_" or "-" (max 64)')
  .describe('stable id of the monitor (used in result ids, URLs and alerts; renaming it starts a new history)');

const common = {
  id,
  name: z.string().optional().describe('display name (default: the id)'),
  intervalSec: z.number().int().min(10).max(86_400).optional().describe('seconds between runs, at least 10 (default: monitor.defaults.intervalSec)'),
  timeoutMs: z.number().int().positive().max(120_000).optional().describe('per attempt timeout (default: monitor.defaults.timeoutMs)'),
  retries: z.number().int().min(0).max(5).optional().describe('extra attempts before a failure counts (default: monitor.defaults.retries)'),
  failThreshold: z.number().int().min(1).max(100).optional().describe('consecutive failed runs that open an incident (default: monitor.defaults.failThreshold)'),
  locations: z.array(z.string().min(1)).optional().describe('locations that run this monitor (scale-out); default: every location, i.e. the local one'),
  locationsThreshold: z.number().int().min(1).optional().describe('N of M: a run counts as failed when at least N locations fail (default: a majority)'),
  slo: z.number().gt(0).lt(100).optional().describe('uptime objective in percent (default: monitor.slo)'),
  alerts: z.array(z.string()).optional().describe('names of alert channels (default: every channel)'),
  tags: z.array(z.string()).default([]).describe('free labels shown on the dashboard'),
  public: z.boolean().default(true).describe('shown on the public status page'),
};

const httpRequestFields = {
  url: z.string().url().describe('URL to request; its host is added to the allowlist'),
  method: z.string().default('GET').describe('HTTP method'),
  headers: z.record(z.string(), z.string()).default({}).describe('request headers'),
  body: z.string().optional().describe('request body'),
};

// the one assertion schema (src/core/config/flow.ts, docs/flows.md)
const httpAsserts = assertionFields(['2xx', '3xx']);

export const httpMonitor = z
  .object({ type: z.literal('http').describe('HTTP(S) request with assertions'), ...common, ...httpRequestFields, ...httpAsserts })
  .strict();

/** A flow step: the one HTTP step schema shared with deploy.smoke and smoke flows (docs/flows.md). */
export const flowStep = flowStep_(['2xx', '3xx']);

export const flowMonitor = z
  .object({
    type: z.literal('flow').describe('multi-step synthetic flow, e.g. log in then read a protected route'),
    ...common,
    steps: z.array(flowStep).min(1).max(20).describe('steps run in order; the first failing step fails the run'),
  })
  .strict();

export const tlsMonitor = z
  .object({
    type: z.literal('tls').describe('certificate expiry and validity'),
    ...common,
    host: z.string().min(1).describe('host name (SNI and certificate name)'),
    port: z.number().int().min(1).max(65_535).default(443).describe('TCP port'),
    // kept for configs written before the thresholds were shared with tls/expiry (extend, never break): it overrides
    // edge.tls.warnDays for this monitor only; the judgement stays the one of src/core/cert-expiry.ts
    minDaysLeft: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .describe('deprecated: this monitor alone is down under this many days left instead of edge.tls.warnDays (failDays still applies, capped at this value); prefer edge.tls.warnDays / failDays, shared with the tls/expiry check'),
    ca: z.string().optional().describe('PEM file of an extra CA to trust (private CA), relative to the config; Node roots and NODE_EXTRA_CA_CERTS are always trusted'),
  })
  .strict();

export const dnsMonitor = z
  .object({
    type: z.literal('dns').describe('DNS records and SPF/DKIM/DMARC drift against the last known good state'),
    ...common,
    domain: z.string().min(1).describe('domain name watched'),
    records: z.array(z.enum(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'CAA'])).default(['A', 'AAAA', 'MX', 'NS']).describe('record types watched'),
    email: z.boolean().default(true).describe('also watch SPF (TXT v=spf1), DMARC (_dmarc) and the DKIM selectors'),
    dkimSelectors: z.array(z.string()).default([]).describe('DKIM selectors watched (selector._domainkey.name)'),
  })
  .strict();

export const auditMonitor = z
  .object({
    type: z.literal('audit').describe('security regression probe: re-run chosen audit checks on a schedule'),
    ...common,
    checks: z.array(z.string().min(1)).min(1).describe('check ids to run, e.g. api/bola; a run fails when one of them reports status fail'),
    stages: z.array(z.string()).optional().describe('audit stages to plan (default: every stage the config enables)'),
  })
  .strict();

export const heartbeatMonitor = z
  .object({
    type: z.literal('heartbeat').describe('push monitor: a cron job or queue pings the daemon; no ping within interval + grace = down'),
    ...common,
    graceSec: z.number().int().min(0).default(30).describe('extra seconds allowed after the interval'),
    token: z.string().min(8).optional().describe('secret required in the ping URL /api/push/<id>?token=... (without it, anyone who can reach the server can ping)'),
  })
  .strict();

// a webhook receiver answers the signed event with 2xx; the status and latency assertions are the shared ones
const { expectStatus: webhookStatus, maxLatencyMs: webhookLatency } = assertionFields(['2xx']);
const webhookAsserts = { expectStatus: webhookStatus, maxLatencyMs: webhookLatency };

export const webhookMonitor = z
  .object({
    type: z.literal('webhook').describe('webhook endpoint health: POST a signed test event, expect 2xx within the budget'),
    ...common,
    url: z.string().url().describe('webhook receiver URL'),
    secret: z.string().optional().describe('HMAC-SHA256 key: sends x-launchready-signature: sha256=<hex of body>'),
    headers: z.record(z.string(), z.string()).default({}).describe('extra request headers'),
    ...webhookAsserts,
  })
  .strict();

export const monitorEntry = z.discriminatedUnion('type', [httpMonitor, flowMonitor, tlsMonitor, dnsMonitor, auditMonitor, heartbeatMonitor, webhookMonitor]);

export const alertChannel = z
  .object({
    name: z.string().min(1).describe('channel name, referenced by monitors[].alerts'),
    type: z.enum(['email', 'slack', 'discord', 'teams', 'webhook']).describe('email (SMTP), Slack/Discord/Teams incoming webhook, or generic JSON webhook'),
    url: z.string().url().optional().describe('webhook URL (slack, discord, teams, webhook)'),
    headers: z.record(z.string(), z.string()).default({}).describe('extra headers for webhooks'),
    smtp: z
      .object({
        host: z.string().describe('SMTP server'),
        port: z.number().int().default(587).describe('SMTP port'),
        secure: z.boolean().default(false).describe('implicit TLS (port 465)'),
        user: z.string().optional().describe('SMTP user'),
        pass: z.string().optional().describe('SMTP password (use ${ENV_VAR})'),
        ignoreTLS: z.boolean().default(false).describe('do not upgrade with STARTTLS (test servers only)'),
      })
      .strict()
      .optional()
      .describe('SMTP transport for type email'),
    from: z.string().optional().describe('From address (email)'),
    to: z.array(z.string()).default([]).describe('recipients (email)'),
    retries: z.number().int().min(0).max(10).default(3).describe('delivery retries with backoff'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.type === 'email') {
      if (!c.smtp) ctx.addIssue({ code: 'custom', path: ['smtp'], message: 'is required for type email' });
      if (c.to.length === 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'needs at least one recipient for type email' });
    } else if (!c.url) ctx.addIssue({ code: 'custom', path: ['url'], message: `is required for type ${c.type}` });
  });

export const maintenanceWindow = z
  .object({
    start: z.string().datetime({ offset: true }).describe('ISO 8601 start'),
    end: z.string().datetime({ offset: true }).describe('ISO 8601 end'),
    monitors: z.array(z.string()).optional().describe('monitor ids (default: all)'),
    reason: z.string().optional().describe('shown on the dashboard and status page'),
  })
  .strict();

export const monitor = z
  .object({
    location: z.string().min(1).default('local').describe('name of this location; every result records it'),
    data: z.string().optional().describe('data folder for the SQLite store (default .launchready/monitor next to the config; --data overrides)'),
    store: z
      .object({
        kind: z.enum(['sqlite', 'postgres']).default('sqlite').describe('sqlite (default, one machine) or postgres (several workers/locations, pg-boss queue)'),
        url: z.string().optional().describe('postgres connection string (use ${ENV_VAR})'),
        role: z.enum(['all', 'scheduler', 'worker']).default('all').describe('postgres: scheduler enqueues runs, worker runs them for its location, all does both'),
      })
      .strict()
      .default({ kind: 'sqlite', role: 'all' })
      .describe('where results live'),
    defaults: z
      .object({
        intervalSec: z.number().int().min(10).default(60).describe('seconds between runs'),
        timeoutMs: z.number().int().positive().default(10_000).describe('per attempt timeout'),
        retries: z.number().int().min(0).max(5).default(1).describe('extra attempts before a failure counts'),
        retryDelayMs: z.number().int().min(0).default(2000).describe('wait between attempts'),
        jitterMs: z.number().int().min(0).default(1000).describe('random delay added to each run so monitors do not fire together'),
        failThreshold: z.number().int().min(1).default(2).describe('consecutive failed runs that open an incident'),
        recoverThreshold: z.number().int().min(1).default(1).describe('consecutive good runs that close it'),
      })
      .strict()
      .default({ intervalSec: 60, timeoutMs: 10_000, retries: 1, retryDelayMs: 2000, jitterMs: 1000, failThreshold: 2, recoverThreshold: 1 })
      .describe('defaults for every monitor'),
    concurrency: z.number().int().min(1).max(10_000).default(256).describe('probes in flight at once (the daemon and --once); the HTTP connection pool per host is sized to it, so a probe never waits for a connection'),
    locationSilentIntervals: z
      .number()
      .int()
      .min(2)
      .max(1000)
      .default(3)
      .describe('scale-out: a location that stores no result for this many intervals (its shortest monitor interval) is silent: it opens its own incident and N-of-M rules stop counting it until it reports again'),
    ca: z.array(z.string()).default([]).describe('extra trusted CA files (PEM, relative to the config) for http, flow and webhook monitors, on top of Node roots and NODE_EXTRA_CA_CERTS; empty strings are ignored'),
    slo: z.number().gt(0).lt(100).default(99.9).describe('uptime objective in percent; the dashboard shows the error budget left'),
    retention: z
      .object({
        rawDays: z.number().positive().default(7).describe('days raw results are kept'),
        rollupDays: z.number().positive().default(90).describe('days hourly rollups are kept'),
      })
      .strict()
      .default({ rawDays: 7, rollupDays: 90 })
      .describe('retention by time'),
    flapping: z
      .object({
        window: z.number().int().min(4).default(10).describe('runs looked at'),
        changes: z.number().int().min(2).default(4).describe('state changes within the window that mark a monitor as flapping (alerts suppressed)'),
      })
      .strict()
      .default({ window: 10, changes: 4 })
      .describe('flapping suppression'),
    maintenance: z.array(maintenanceWindow).default([]).describe('maintenance windows: results are kept, no incident opens, no alert is sent'),
    alerts: z.array(alertChannel).default([]).describe('alert channels'),
    server: z
      .object({
        enabled: z.boolean().default(true).describe('serve the dashboard, the API, heartbeat pings and deploy markers'),
        host: z.string().default('127.0.0.1').describe('bind address; anything but loopback requires server.token'),
        port: z.number().int().min(0).max(65_535).default(8787).describe('port (0 = any free port)'),
        token: z.string().min(16).optional().describe('API/dashboard bearer token (use ${ENV_VAR}); also accepted by the login form'),
        publicUrl: z.string().optional().describe('URL shown in alerts for links back to the dashboard'),
      })
      .strict()
      .default({ enabled: true, host: '127.0.0.1', port: 8787 })
      .describe('the daemon HTTP server'),
    auditReport: z.string().optional().describe('path of a JSON audit report (launchready audit --format json --output FILE) shown on the dashboard'),
    monitors: z.array(monitorEntry).prefault([]).describe('the monitors, as code'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.monitors.forEach((mon, i) => {
      if (seen.has(mon.id)) ctx.addIssue({ code: 'custom', path: ['monitors', i, 'id'], message: `duplicate monitor id "${mon.id}"` });
      seen.add(mon.id);
      for (const [j, a] of (mon.alerts ?? []).entries()) {
        if (!m.alerts.some((c) => c.name === a)) ctx.addIssue({ code: 'custom', path: ['monitors', i, 'alerts', j], message: `no alert channel named "${a}"` });
      }
      if (mon.locationsThreshold && mon.locations && mon.locationsThreshold > mon.locations.length) {
        ctx.addIssue({ code: 'custom', path: ['monitors', i, 'locationsThreshold'], message: `is larger than the number of locations (${mon.locations.length})` });
      }
    });
    if (m.store.kind === 'postgres' && !m.store.url) ctx.addIssue({ code: 'custom', path: ['store', 'url'], message: 'is required for kind postgres' });
    const loopback = ['127.0.0.1', '::1', 'localhost'].includes(m.server.host);
    if (m.server.enabled && !loopback && !m.server.token) {
      ctx.addIssue({ code: 'custom', path: ['server', 'token'], message: `is required when the server binds to ${m.server.host} (not loopback)` });
    }
  });

export type MonitorSection = z.output<typeof monitor>;
export type MonitorEntry = z.output<typeof monitorEntry>;
export type AlertChannelConfig = z.output<typeof alertChannel>;
