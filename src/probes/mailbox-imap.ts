import { ImapFlow } from 'imapflow';
import type { RequestBudget } from '../core/budget.js';
import { TargetRefusedError } from '../core/errors.js';
import type { Allowlist } from './net.js';

/**
 * Read reset mails from a real mailbox over IMAP (RFC 9051) with imapflow: the maintained IMAP client from the
 * authors of nodemailer and mailauth (already dependencies), which handles literals, STARTTLS, SASL and server
 * quirks that a hand-written client would get wrong. The host must be allowlisted like any HTTP target; each
 * session counts as one request of the budget. Read-only: the folder is opened with EXAMINE, nothing is flagged.
 */
export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  folder: string;
}

export interface ImapMail {
  uid: string;
  to: string;
  /** the raw message (headers + bodies), quoted-printable soft line breaks joined */
  text: string;
}

export class ImapMailboxError extends Error {}

/** Messages addressed to `to` (newest last), at most `max`. */
export async function imapMessages(s: ImapSettings, to: string, opts: { allow: Allowlist; budget: RequestBudget; checkId: string; max?: number; timeoutMs?: number }): Promise<ImapMail[]> {
  if (!opts.allow.has(s.host)) throw new TargetRefusedError(`imap://${s.host}:${s.port}`, `host ${s.host} is not named in the config (add it to api.allowHosts)`);
  opts.budget.take(opts.checkId);
  const client = new ImapFlow({ host: s.host, port: s.port, secure: s.secure, auth: { user: s.user, pass: s.password }, logger: false, disableAutoIdle: true, connectionTimeout: opts.timeoutMs ?? 10_000, greetingTimeout: opts.timeoutMs ?? 10_000, socketTimeout: opts.timeoutMs ?? 10_000, tls: { rejectUnauthorized: true } });
  // imapflow emits 'error' on socket problems; without a listener Node would throw it asynchronously.
  client.on('error', () => undefined);
  const where = `imap://${s.host}:${s.port}/${s.folder}`;
  try {
    await client.connect();
  } catch (err) {
    throw new ImapMailboxError(`${where}: ${(err as { responseText?: string }).responseText ?? (err as Error).message}`);
  }
  try {
    const lock = await client.getMailboxLock(s.folder, { readOnly: true });
    try {
      const uids = await client.search({ to }, { uid: true });
      const list = (Array.isArray(uids) ? uids : []).slice(-(opts.max ?? 20));
      if (list.length === 0) return [];
      const out: ImapMail[] = [];
      for await (const m of client.fetch(list.join(','), { uid: true, source: true }, { uid: true })) {
        const raw = m.source ? m.source.toString('utf8') : '';
        out.push({ uid: String(m.uid), to, text: raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=') });
      }
      return out;
    } finally {
      lock.release();
    }
  } catch (err) {
    throw new ImapMailboxError(`${where}: ${(err as { responseText?: string }).responseText ?? (err as Error).message}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}
