import { createHmac } from 'node:crypto';
import type { ApiConfig } from '../../../core/config/sections/api.js';
import { fillTemplate } from '../../../core/template.js';
import type { ApiCtx } from './util.js';
import type { ApiExchange } from './types.js';

export type WebhookConfig = ApiConfig['webhooks'][number];

/** Signing as the providers document it: Stripe (t=,v1= over "t.body"), GitHub (sha256= over body), generic hex HMAC. */
export function signatureHeaders(w: WebhookConfig, body: string, secret: string, t: number): Record<string, string> {
  if (w.scheme === 'stripe') {
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    return { [w.header ?? 'stripe-signature']: `t=${t},v1=${v1}` };
  }
  if (w.scheme === 'github') {
    return { [w.header ?? 'x-hub-signature-256']: `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`, 'x-github-event': 'ping', 'x-github-delivery': `launchready-${t}` };
  }
  // A shared secret sent as is (Authorization: Bearer <secret>), as some billing and CI providers do.
  if (w.scheme === 'bearer') return { [w.header ?? 'authorization']: `${w.prefix || 'Bearer '}${secret}` };
  const enc = w.encoding ?? 'hex';
  const pre = w.prefix ?? '';
  if (w.timestampHeader) {
    return { [w.header ?? 'x-signature']: pre + createHmac('sha256', secret).update(`${t}.${body}`).digest(enc), [w.timestampHeader]: String(t) };
  }
  return { [w.header ?? 'x-signature']: pre + createHmac('sha256', secret).update(body).digest(enc) };
}

export function hasTimestamp(w: WebhookConfig): boolean {
  return w.scheme === 'stripe' || !!w.timestampHeader;
}

export function eventBody(ctx: ApiCtx, w: WebhookConfig): string {
  const nonce = ctx.probes.client.nonce();
  const ts = Math.floor(Date.now() / 1000);
  const tpl = w.body ?? { id: 'evt_launchready_{{nonce}}', type: 'launchready.test', created: '{{ts}}', data: { object: { id: 'launchready_{{nonce}}' } } };
  return JSON.stringify(fillTemplate(tpl, { nonce, ts }));
}

export function deliver(ctx: ApiCtx, w: WebhookConfig, body: string, headers: Record<string, string>, label: string): Promise<ApiExchange> {
  return ctx.probes.client.send({ method: 'POST', path: w.path, body, contentType: 'application/json', headers, label }, ctx.checkId, ctx.signal);
}

/** A delivery counts as accepted when it gets 2xx (providers retry anything else). */
export function accepted(x: ApiExchange): boolean {
  return x.status >= 200 && x.status < 300;
}
