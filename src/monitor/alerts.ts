import { optionalImport } from './optional.js';
import { request, type Dispatcher } from 'undici';
import type { AlertChannelConfig } from '../core/config/sections/monitor.js';
import { describeNetError } from '../probes/http.js';
import type { Clock } from './clock.js';
import type { MonitorStore } from './store.js';
import type { DeployMarker, Incident } from './types.js';

export type AlertKind = 'incident.opened' | 'incident.resolved' | 'incident.flapping' | 'incident.acknowledged' | 'test';

export interface AlertEvent {
  kind: AlertKind;
  at: number;
  monitor: { id: string; name: string; type: string };
  incident: Incident | null;
  message: string;
  deploy?: DeployMarker | null;
  url?: string;
}

export function alertTitle(e: AlertEvent): string {
  const what = { 'incident.opened': 'DOWN', 'incident.resolved': 'RESOLVED', 'incident.flapping': 'FLAPPING', 'incident.acknowledged': 'ACKNOWLEDGED', test: 'TEST' }[e.kind];
  return `[launchready] ${what}: ${e.monitor.name}`;
}

export function alertText(e: AlertEvent): string {
  const lines = [`${alertTitle(e)}`, e.message, `at ${new Date(e.at).toISOString()}`];
  if (e.deploy) lines.push(`preceded by deploy ${e.deploy.version} (${e.deploy.env}) at ${new Date(e.deploy.at).toISOString()}`);
  if (e.incident) lines.push(`incident ${e.incident.id}`);
  if (e.url) lines.push(e.url);
  return lines.join('\n');
}

/** The body each chat tool's incoming webhook expects (Slack `text`, Discord `content`, Teams MessageCard). */
export function channelPayload(type: AlertChannelConfig['type'], e: AlertEvent): unknown {
  const text = alertText(e);
  switch (type) {
    case 'slack':
      return { text };
    case 'discord':
      // Discord rejects content over 2000 characters
      return { content: text.slice(0, 2000), username: 'launchready' };
    case 'teams':
      return {
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: alertTitle(e),
        themeColor: e.kind === 'incident.resolved' ? '2EB886' : 'D93F0B',
        title: alertTitle(e),
        text: text.replace(/\n/g, '\n\n'),
      };
    default:
      return { event: e.kind, at: new Date(e.at).toISOString(), monitor: e.monitor, incident: e.incident, message: e.message, deploy: e.deploy ?? null, url: e.url ?? null };
  }
}

export interface AlerterOptions {
  channels: AlertChannelConfig[];
  store: MonitorStore;
  clock: Clock;
  dispatcher?: Dispatcher;
  /** first retry delay; doubles each attempt */
  backoffMs?: number;
  timeoutMs?: number;
}

/** Sends alert events to channels with retries and writes every attempt to the delivery log. */
export class Alerter {
  private readonly inflight = new Set<Promise<void>>();
  private transports = new Map<string, import('nodemailer').Transporter>();
  constructor(private readonly o: AlerterOptions) {}

  /** Starts delivery at once (the caller never waits on a slow channel); `drain()` waits for all. */
  dispatch(e: AlertEvent, channelNames: string[]): void {
    for (const c of this.o.channels.filter((x) => channelNames.includes(x.name))) {
      const p = this.deliver(c, e).finally(() => this.inflight.delete(p));
      this.inflight.add(p);
    }
  }

  async drain(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  private async deliver(c: AlertChannelConfig, e: AlertEvent): Promise<void> {
    const backoff = this.o.backoffMs ?? 1000;
    for (let attempt = 1; attempt <= c.retries + 1; attempt++) {
      let ok = false;
      let status: number | null = null;
      let error: string | null = null;
      try {
        status = await this.sendOnce(c, e);
        ok = status === null || (status >= 200 && status < 300);
        if (!ok) error = `HTTP ${status}`;
      } catch (err) {
        error = describeNetError(err);
      }
      await this.o.store.logDelivery({ incidentId: e.incident?.id ?? null, channel: c.name, event: e.kind, attempt, ok, at: this.o.clock.now(), status, error }).catch(() => undefined);
      if (ok) return;
      if (attempt <= c.retries) await this.o.clock.sleep(backoff * 2 ** (attempt - 1));
    }
  }

  private async sendOnce(c: AlertChannelConfig, e: AlertEvent): Promise<number | null> {
    if (c.type === 'email') {
      let t = this.transports.get(c.name);
      if (!t) {
        const nodemailer = await optionalImport(() => import('nodemailer'), ['nodemailer'], `alert channel "${c.name}" (type: email)`);
        const s = c.smtp!;
        t = nodemailer.createTransport({
          host: s.host,
          port: s.port,
          secure: s.secure,
          ignoreTLS: s.ignoreTLS,
          ...(s.user ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
          connectionTimeout: this.o.timeoutMs ?? 10_000,
          greetingTimeout: this.o.timeoutMs ?? 10_000,
        });
        this.transports.set(c.name, t);
      }
      await t.sendMail({ from: c.from ?? 'launchready@localhost', to: c.to, subject: alertTitle(e), text: alertText(e) });
      return null;
    }
    const res = await request(c.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'launchready-monitor/0.1', ...c.headers },
      body: JSON.stringify(channelPayload(c.type, e)),
      ...(this.o.dispatcher ? { dispatcher: this.o.dispatcher } : {}),
      signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
    });
    await res.body.dump();
    return res.statusCode;
  }

  async close(): Promise<void> {
    await this.drain();
    for (const t of this.transports.values()) t.close();
  }
}
