import { createServer, type Server, type Socket } from 'node:net';

/**
 * A tiny IMAP4rev1 server for tests (RFC 9051 subset): LOGIN, CAPABILITY, EXAMINE/SELECT, UID SEARCH TO, UID FETCH
 * BODY[], LOGOUT; any other command gets OK. Enough for imapflow to read a mailbox; plain TCP on loopback.
 */
export interface TestMail {
  to: string;
  subject: string;
  text: string;
}

export function imapServer(mails: TestMail[], user: string, pass: string): Server {
  return createServer((sock: Socket) => {
    let buf = '';
    let authed = false;
    const w = (s: string) => sock.write(`${s}\r\n`);
    w('* OK [CAPABILITY IMAP4rev1] launchready test IMAP ready');
    sock.on('error', () => undefined);
    sock.on('data', (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let i: number;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const m = /^(\S+) (\S+)(?: (.*))?$/.exec(line);
        if (!m) continue;
        const [, tag, cmdRaw, rest = ''] = m;
        const cmd = cmdRaw!.toUpperCase();
        const raw = (m: TestMail, n: number) => `From: app@x.test\r\nTo: ${m.to}\r\nSubject: ${m.subject}\r\nMessage-ID: <${n}@x.test>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${m.text.replace(/=/g, '=3D')}\r\n`;
        if (cmd === 'CAPABILITY') {
          w('* CAPABILITY IMAP4rev1');
          w(`${tag} OK CAPABILITY completed`);
        } else if (cmd === 'LOGIN') {
          const args = [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((a) => (a[1] ?? a[2])!.replace(/\\(.)/g, '$1'));
          if (args[0] === user && args[1] === pass) {
            authed = true;
            w(`${tag} OK [CAPABILITY IMAP4rev1] LOGIN completed`);
          } else w(`${tag} NO [AUTHENTICATIONFAILED] Invalid credentials`);
        } else if (!authed && cmd !== 'LOGOUT' && cmd !== 'NOOP') {
          w(`${tag} BAD authenticate first`);
        } else if (cmd === 'EXAMINE' || cmd === 'SELECT') {
          w(`* ${mails.length} EXISTS`);
          w('* 0 RECENT');
          w('* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)');
          w('* OK [UIDVALIDITY 7] UIDs valid');
          w(`* OK [UIDNEXT ${mails.length + 1}] Predicted next UID`);
          w(`${tag} OK [${cmd === 'EXAMINE' ? 'READ-ONLY' : 'READ-WRITE'}] ${cmd} completed`);
        } else if (cmd === 'UID' && /^SEARCH/i.test(rest)) {
          const to = /TO "?([^"\s)]+)"?/i.exec(rest)?.[1]?.toLowerCase();
          const hits = mails.map((x, k) => ({ x, uid: k + 1 })).filter(({ x }) => !to || x.to.toLowerCase().includes(to));
          w(`* SEARCH${hits.map((h) => ` ${h.uid}`).join('')}`);
          w(`${tag} OK SEARCH completed`);
        } else if (cmd === 'UID' && /^FETCH/i.test(rest)) {
          const set = /^FETCH (\S+)/i.exec(rest)![1]!;
          const uids = new Set<number>();
          for (const part of set.split(',')) {
            const [a, b] = part.split(':');
            const lo = Number(a);
            const hi = b === undefined ? lo : b === '*' ? mails.length : Number(b);
            for (let u = Math.min(lo, hi); u <= Math.max(lo, hi); u++) uids.add(u);
          }
          for (const u of [...uids].sort((a, b) => a - b)) {
            const mail = mails[u - 1];
            if (!mail) continue;
            const body = raw(mail, u);
            sock.write(`* ${u} FETCH (UID ${u} BODY[] {${Buffer.byteLength(body)}}\r\n${body})\r\n`);
          }
          w(`${tag} OK FETCH completed`);
        } else if (cmd === 'LOGOUT') {
          w('* BYE logging out');
          w(`${tag} OK LOGOUT completed`);
          sock.end();
        } else w(`${tag} OK ${cmd} completed`);
      }
    });
  });
}
