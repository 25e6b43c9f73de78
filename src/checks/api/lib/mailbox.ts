import { getPath } from '../../../core/template.js';
import type { ImapSettings } from '../../../probes/mailbox-imap.js';
import type { ApiExchange } from './types.js';
import type { ApiCtx } from './util.js';

/**
 * Where a reset mail arrives: Mailpit, MailHog, any JSON outbox (a dev "sent mails" endpoint) or a real mailbox
 * over IMAP. One interface for api/reset-token: list what is there now, then wait for a new mail to an address.
 * Every failure names the mailbox URL and what it answered.
 */
export interface Mail {
  id: string;
  text: string;
}

export class MailboxError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | string,
  ) {
    super(`the mailbox ${url} answered ${typeof status === 'number' ? `HTTP ${status}` : status}`);
  }
}

type MailboxConfig = NonNullable<NonNullable<ApiCtx['probes']['model']['config']['reset']>['mailbox']>;

interface Listed {
  id: string;
  /** text searched for the recipient */
  to: string;
  /** the full text when the list carries it (MailHog, JSON outboxes, IMAP) */
  text?: string;
}

const LIST_KEYS = ['messages', 'items', 'emails', 'mails', 'data', 'results', 'outbox'];

function unQp(s: string): string {
  return s.replace(/=\r?\n/g, '').replace(/=3D/gi, '=').replace(/=26/gi, '&');
}

export class MailboxReader {
  readonly where: string;
  constructor(
    private readonly ctx: ApiCtx,
    private readonly mb: MailboxConfig,
  ) {
    const base = (mb.url ?? '').replace(/\/$/, '');
    this.where = mb.kind === 'imap' && mb.imap ? `imap://${mb.imap.host}:${mb.imap.port}/${mb.imap.folder}` : mb.kind === 'mailhog' ? `${base}/api/v2/messages` : mb.kind === 'json' ? base : `${base}/api/v1/messages`;
    if (mb.imap) ctx.secret(mb.imap.password);
  }

  private async get(path: string): Promise<ApiExchange> {
    let x: ApiExchange;
    try {
      x = await this.ctx.probes.client.send({ path, headers: this.mb.headers, label: 'mailbox' }, this.ctx.checkId, this.ctx.signal);
    } catch (err) {
      throw new MailboxError(path, (err as Error).message);
    }
    if (x.status < 200 || x.status >= 300) throw new MailboxError(x.url, x.status);
    if (x.json === undefined) throw new MailboxError(x.url, `HTTP ${x.status} without a JSON body`);
    return x;
  }

  private async list(email: string): Promise<Listed[]> {
    const { mb } = this;
    const base = (mb.url ?? '').replace(/\/$/, '');
    if (mb.kind === 'imap') {
      try {
        const mails = await this.ctx.probes.imapMessages(mb.imap as ImapSettings, email, this.ctx.checkId);
        return mails.map((m) => ({ id: m.uid, to: email, text: m.text }));
      } catch (err) {
        throw new MailboxError(this.where, (err as Error).message);
      }
    }
    if (mb.kind === 'mailhog') {
      // MailHog API v2: {total, count, start, items: [{ID, Content: {Headers: {To: [...]}, Body}, MIME: {Parts: [...]}, Raw: {To: [...]}}]}
      const x = await this.get(`${base}/api/v2/messages?limit=50`);
      const items = (getPath(x.json, 'items') ?? []) as Record<string, unknown>[];
      return items.map((m) => {
        const content = (m.Content ?? {}) as { Headers?: Record<string, string[]>; Body?: string };
        const parts = ((m.MIME as { Parts?: { Body?: string }[] } | null)?.Parts ?? []).map((p) => p.Body ?? '');
        return { id: String(m.ID), to: JSON.stringify([content.Headers?.To, (m.Raw as { To?: unknown } | undefined)?.To, m.To]), text: unQp([content.Body ?? '', ...parts].join('\n')) };
      });
    }
    if (mb.kind === 'json') {
      const x = await this.get(base);
      let arr: unknown = mb.messagesPath ? getPath(x.json, mb.messagesPath) : x.json;
      if (!mb.messagesPath && !Array.isArray(arr) && arr && typeof arr === 'object') arr = LIST_KEYS.map((k) => (arr as Record<string, unknown>)[k]).find(Array.isArray);
      if (!Array.isArray(arr)) throw new MailboxError(x.url, `HTTP ${x.status} without a list of messages${mb.messagesPath ? ` at ${mb.messagesPath}` : ' (set mailbox.messagesPath)'}`);
      return arr.map((m, i) => {
        const o = (m ?? {}) as Record<string, unknown>;
        const whole = JSON.stringify(m);
        const text = mb.textPath ? getPath(m, mb.textPath) : undefined;
        const id = o.id ?? o.ID ?? o.messageId ?? o.message_id ?? `${i}:${whole.length}:${whole.slice(0, 64)}`;
        return { id: String(id), to: whole, text: typeof text === 'string' ? text : whole.replace(/\\u0026/g, '&').replace(/\\n/g, '\n') };
      });
    }
    const x = await this.get(`${base}/api/v1/messages`);
    const list = (getPath(x.json, 'messages') ?? []) as { ID?: string; id?: string; To?: unknown }[];
    return list.map((m) => ({ id: String(m.ID ?? m.id), to: JSON.stringify(m.To ?? m) }));
  }

  /** Ids of the messages there now (so a new one can be told apart). */
  async snapshot(email: string): Promise<Set<string>> {
    return new Set((await this.list(email)).map((m) => m.id));
  }

  /** Wait (up to ~3 s) for a new message to `email`; undefined when none came. */
  async waitFor(email: string, known: Set<string>): Promise<Mail | undefined> {
    const base = (this.mb.url ?? '').replace(/\/$/, '');
    for (let attempt = 0; attempt < 12; attempt++) {
      const m = (await this.list(email)).find((e) => !known.has(e.id) && e.to.toLowerCase().includes(email.toLowerCase()));
      if (m) {
        if (m.text !== undefined) return { id: m.id, text: m.text };
        const full = await this.get(`${base}/api/v1/message/${encodeURIComponent(m.id)}`);
        return { id: m.id, text: full.response.body.replace(/\\u0026/g, '&').replace(/\\n/g, '\n') };
      }
      await new Promise((r) => setTimeout(r, this.mb.kind === 'imap' ? 500 : 250));
    }
    return undefined;
  }
}
