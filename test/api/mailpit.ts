import { createServer, type Server } from 'node:http';

/** A mail as Mailpit's API returns it (the fields the reset check reads). */
export interface Mail {
  ID: string;
  To: { Address: string; Name: string }[];
  From: { Address: string; Name: string };
  Subject: string;
  Created: string;
  Text: string;
}

/**
 * A Mailpit-compatible mailbox API over `mails` (the subset launchready's reset check reads): GET /api/v1/messages
 * (newest first, with `snippet` as each message's snippet) and GET /api/v1/message/{ID}. Test apps push into `mails`.
 */
export function mailpitServer(mails: Mail[], snippet: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const out = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    };
    if (url.pathname === '/api/v1/messages') {
      const list = [...mails].reverse().map(({ Text: _t, ...m }) => ({ ...m, Snippet: snippet }));
      return out(200, { total: mails.length, unread: mails.length, count: list.length, messages_count: list.length, start: 0, tags: [], messages: list });
    }
    const m = /^\/api\/v1\/message\/([^/]+)$/.exec(url.pathname);
    const mail = m && mails.find((x) => x.ID === m[1]);
    if (mail) return out(200, { ...mail, HTML: `<p>${mail.Text.replace(/\n/g, '<br>')}</p>`, Attachments: [], Inline: [] });
    return out(404, { error: 'not found' });
  });
}
