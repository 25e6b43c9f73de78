// Publishes the yoga studio's class schedule (exported from Eversports as CSV) as a Ghost page every Monday.
// Usage: node scripts/ghost-sync-events.mjs schedule.csv
import { readFile } from 'node:fs/promises';
import { createHmac } from 'node:crypto';

const GHOST = 'https://blog.nordlicht-yoga.de';
// Admin API key of the "Kettlebridge sync" integration (Ghost Admin > Integrations)
const ADMIN_KEY = process.env.GHOST_ADMIN_KEY ?? '«ghost_admin#nordlicht-sync»'; ⟦S ghost-admin-fallback⟧
// Content API key: public, the theme ships it to browsers for the search box
const CONTENT_KEY = '«ghost_content#nordlicht»'; ⟦D ghost-content-key⟧

function adminToken(key) {
  const [id, secret] = key.split(':');
  const now = Math.floor(Date.now() / 1000);
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT', kid: id });
  const body = b64({ iat: now, exp: now + 300, aud: '/admin/' });
  const sig = createHmac('sha256', Buffer.from(secret, 'hex')).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

const rows = (await readFile(process.argv[2], 'utf8')).trim().split('\n').slice(1).map((l) => l.split(';'));
const html = `<table>${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('')}</table>`;

const pages = await fetch(`${GHOST}/ghost/api/content/pages/slug/kursplan/?key=${CONTENT_KEY}`).then((r) => r.json());
const page = pages.pages[0];
const res = await fetch(`${GHOST}/ghost/api/admin/pages/${page.id}/?source=html`, {
  method: 'PUT',
  headers: { Authorization: `Ghost ${adminToken(ADMIN_KEY)}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ pages: [{ html, updated_at: page.updated_at }] }),
});
if (!res.ok) throw new Error(`Ghost said ${res.status}: ${await res.text()}`);
console.log(`kursplan updated (${rows.length} classes)`);
