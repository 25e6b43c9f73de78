import { createHash } from 'node:crypto';
import { Router } from 'express';
import express from 'express';
import { grantGems } from '../nakama.js';

// Xsolla Pay Station for PC players (Steam policy allows an external web shop for the account portal).
// merchant and project ids are public (they are in every Pay Station URL)
const MERCHANT_ID = «xsolla_id#merchant»; ⟦D xs-merchant⟧
const PROJECT_ID = «xsolla_id#project»; ⟦D xs-project⟧
// TODO move to env before merging
const API_KEY = '«xsolla_key#api»'; ⟦S xs-apikey⟧
const WEBHOOK_SECRET = '«alnum:32#xsolla-webhook»'; ⟦S xs-webhook⟧

export const xsolla = Router();

export async function createPaymentToken(userId: string, email: string, sku: string): Promise<string> {
  const res = await fetch(`https://store.xsolla.com/api/v3/project/${PROJECT_ID}/admin/payment/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${PROJECT_ID}:${API_KEY}`).toString('base64')}`, ⟦D xs-basic-expr⟧
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      user: { id: { value: userId }, email: { value: email } },
      purchase: { items: [{ sku, quantity: 1 }] },
      settings: { currency: 'USD', return_url: 'https://account.skyraid.gg/shop/thanks' },
    }),
  });
  if (!res.ok) throw new Error(`xsolla token ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

// Xsolla signs webhooks with sha1(body + secret) in "Authorization: Signature <hex>"
xsolla.post('/webhook', express.text({ type: '*/*' }), async (req, res) => {
  const expected = createHash('sha1').update(req.body + WEBHOOK_SECRET).digest('hex');
  if (req.get('authorization') !== `Signature ${expected}`) return res.status(400).json({ error: { code: 'INVALID_SIGNATURE' } });
  const event = JSON.parse(req.body);
  if (event.notification_type === 'order_paid') {
    for (const item of event.items) await grantGems(event.user.id, item.quantity * 100, String(event.order.id));
  }
  res.status(204).end();
});

// merchant id for the sandbox checkout links in the docs
export const SANDBOX_URL = `https://sandbox-secure.xsolla.com/paystation4/?token=`;
