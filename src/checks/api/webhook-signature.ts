import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { createHmac } from 'node:crypto';
import { accepted, deliver, eventBody, signatureHeaders, type WebhookConfig } from './lib/webhook.js';
import { reportExchange } from './lib/util.js';

/**
 * A webhook receiver must verify the provider's signature (Stripe "Check the webhook signatures", GitHub
 * "Validating webhook deliveries"); otherwise anyone can post "payment succeeded". Sends an unsigned delivery and
 * one signed with the wrong secret (for a bearer receiver, a wrong shared secret; receivers found in the document
 * also get a wrong `Authorization: Bearer`); with the secret configured, a correctly signed one is the control.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/webhook-signature',
  title: 'Webhook accepts unsigned or badly signed deliveries',
  area: 'api',
  mode: 'active',
  description: 'Posts unsigned and wrongly signed events to each webhook receiver (and a correctly signed control).',
  severity: 'critical',
  cwe: 'CWE-345',
  owasp: 'API2:2023',
  remediation: 'Verify the signature over the raw body with the provider\'s library (constant-time compare) before parsing or acting.',
  messages: {
    unsigned: 'The webhook {{path}} accepted a delivery with no signature (HTTP {{status}}): anyone can forge {{scheme}} events.',
    badSignature: 'The webhook {{path}} accepted a delivery signed with the wrong secret (HTTP {{status}}).',
    verified: 'The webhook {{path}} refuses unsigned and badly signed deliveries.',
    controlRejected: 'The webhook {{path}} refused a correctly signed delivery too (HTTP {{status}}): check api.webhooks[].secret, scheme and body.',
    noWebhooks: 'No webhook receivers configured (api.webhooks).',
  },
  async run(ctx) {
    const { model } = ctx.probes;
    // Configured receivers, plus undeclared ones the OpenAPI document shows (x-launchready-flow: webhook, or a
    // public POST under /webhook(s)/): those get the unsigned and wrong-signature deliveries only.
    const configured = new Set(model.config.webhooks.map((w) => w.path));
    const inferred: WebhookConfig[] = model.routes
      .filter((r) => r.method === 'POST' && !r.skip && r.pathParams.length === 0 && !configured.has(r.path) && (r.flow === 'webhook' || (r.public && /\/webhooks?(\/|$)/i.test(r.path))))
      .map((r) => ({ path: r.path, scheme: 'hmac' as const, toleranceSec: 300, encoding: 'hex' as const, prefix: '', ...(r.bodyExample && typeof r.bodyExample === 'object' ? { body: r.bodyExample as Record<string, unknown> } : {}) }));
    const hooks = [...model.config.webhooks, ...inferred];
    if (hooks.length === 0) return ctx.report({ messageId: 'noWebhooks', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    for (const w of hooks) {
      const guessed = !configured.has(w.path);
      const loc = { method: 'POST', path: w.path };
      const now = Math.floor(Date.now() / 1000);
      let control;
      if (w.secret) {
        const body = eventBody(ctx, w);
        control = await deliver(ctx, w, body, signatureHeaders(w, body, w.secret, now), 'provider (correct signature)');
        if (!accepted(control)) {
          ctx.report({ messageId: 'controlRejected', status: 'error', data: { path: w.path, status: control.status }, location: loc });
        }
      }
      const b1 = eventBody(ctx, w);
      const unsigned = await deliver(ctx, w, b1, {}, 'anyone (no signature)');
      let bad = false;
      if (accepted(unsigned)) {
        bad = true;
        reportExchange(ctx, { messageId: 'unsigned', data: { path: w.path, status: unsigned.status, scheme: w.scheme }, route: loc, x: unsigned, control: control ? [control] : [] });
      }
      const b2 = eventBody(ctx, w);
      const wrongHeaders = guessed
        ? { ...signatureHeaders({ ...w, scheme: 'stripe' }, b2, 'launchready-wrong-secret', now), ...signatureHeaders({ ...w, scheme: 'github' }, b2, 'launchready-wrong-secret', now), ...signatureHeaders({ ...w, scheme: 'hmac' }, b2, 'launchready-wrong-secret', now), 'x-webhook-signature': createHmac('sha256', 'launchready-wrong-secret').update(b2).digest('hex'), authorization: 'Bearer launchready-wrong-secret' }
        : signatureHeaders(w, b2, 'launchready-wrong-secret', now);
      const wrong = await deliver(ctx, w, b2, wrongHeaders, 'anyone (wrong secret)');
      if (accepted(wrong)) {
        bad = true;
        reportExchange(ctx, { messageId: 'badSignature', data: { path: w.path, status: wrong.status }, route: loc, x: wrong });
      }
      if (!bad && (!control || accepted(control))) ctx.report({ messageId: 'verified', status: 'pass', data: { path: w.path }, location: loc });
    }
  },
});
