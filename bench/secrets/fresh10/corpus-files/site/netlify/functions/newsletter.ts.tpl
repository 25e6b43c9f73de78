import type { Context } from '@netlify/functions';

// Klaviyo "Newsletter" list; the private key needs the lists:write and profiles:write scopes
const KLAVIYO_KEY = '«klaviyo_pk#site»'; ⟦S nl-klaviyo⟧
const LIST_ID = '«klaviyo_site#list»';

export default async (req: Request, _context: Context) => {
  if (req.method !== 'POST') return new Response('Method Not Allowed', { status: 405 });
  const { email, locale } = (await req.json()) as { email?: string; locale?: string };
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    return Response.json({ error: 'invalid_email' }, { status: 400 });
  }
  const res = await fetch('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', {
    method: 'POST',
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_KEY}`,
      revision: '2024-02-15',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      data: {
        type: 'profile-subscription-bulk-create-job',
        attributes: {
          profiles: { data: [{ type: 'profile', attributes: { email, properties: { locale: locale ?? 'fr' } } }] },
        },
        relationships: { list: { data: { type: 'list', id: LIST_ID } } },
      },
    }),
  });
  return Response.json({ ok: res.ok }, { status: res.ok ? 200 : 502 });
};
