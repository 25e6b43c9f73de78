import { defineCheck } from '../../core/check.js';
import type { ApiProbes } from './lib/types.js';
import { accepted, deliver, eventBody, hasTimestamp, signatureHeaders } from './lib/webhook.js';
import { bodySimilarity, reportExchange } from './lib/util.js';

/**
 * Signed deliveries can be captured and replayed. Stripe's defence is the signed timestamp with a tolerance
 * (default 5 minutes), plus idempotent handling of event ids. Needs the signing secret: sends a correctly signed
 * delivery with a timestamp twice the tolerance old, and the same fresh delivery twice.
 */
export default defineCheck<unknown, ApiProbes>({
  id: 'api/webhook-replay',
  title: 'Webhook accepts stale or replayed deliveries',
  area: 'api',
  mode: 'active',
  description: 'Replays a correctly signed delivery and sends one with an expired timestamp.',
  severity: 'high',
  cwe: 'CWE-294',
  owasp: 'API2:2023',
  remediation: 'Reject timestamps outside the tolerance; store processed event ids and skip duplicates (answering 2xx is fine).',
  messages: {
    stale: 'The webhook {{path}} accepted a correctly signed delivery whose timestamp is {{age}} s old (tolerance {{tolerance}} s): captured deliveries can be replayed.',
    replayed: 'The webhook {{path}} answered an identical replayed delivery exactly like the first (HTTP {{status}}); nothing shows the event id is de-duplicated.',
    protected: 'The webhook {{path}} refuses stale deliveries and recognises replays.',
    noSecret: 'Not tested for {{path}}: replay tests need api.webhooks[].secret.',
    controlRejected: 'Not tested for {{path}}: a correctly signed fresh delivery was refused (HTTP {{status}}).',
    noWebhooks: 'No webhook receivers configured (api.webhooks).',
  },
  async run(ctx) {
    const { model } = ctx.probes;
    const hooks = model.config.webhooks;
    if (hooks.length === 0) return ctx.report({ messageId: 'noWebhooks', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    for (const w of hooks) {
      const loc = { method: 'POST', path: w.path };
      if (!w.secret) {
        ctx.report({ messageId: 'noSecret', status: 'skipped', severity: 'info', data: { path: w.path }, location: loc });
        continue;
      }
      const now = Math.floor(Date.now() / 1000);
      const body = eventBody(ctx, w);
      const headers = signatureHeaders(w, body, w.secret, now);
      const first = await deliver(ctx, w, body, headers, 'provider (fresh delivery)');
      if (!accepted(first)) {
        ctx.report({ messageId: 'controlRejected', status: 'error', data: { path: w.path, status: first.status }, location: loc });
        continue;
      }
      let bad = false;
      if (hasTimestamp(w)) {
        const age = w.toleranceSec * 2;
        const b = eventBody(ctx, w);
        const stale = await deliver(ctx, w, b, signatureHeaders(w, b, w.secret, now - age), `replayer (timestamp ${age} s old)`);
        if (accepted(stale)) {
          bad = true;
          reportExchange(ctx, { messageId: 'stale', data: { path: w.path, age, tolerance: w.toleranceSec }, route: loc, x: stale, control: [first] });
        }
      }
      const again = await deliver(ctx, w, body, headers, 'replayer (identical delivery)');
      const recognised = !accepted(again) || /duplicate|already|replay|processed|idempot/i.test(again.response.body) || bodySimilarity(first, again) < 1;
      if (!recognised) {
        bad = true;
        reportExchange(ctx, { messageId: 'replayed', data: { path: w.path, status: again.status }, severity: 'low', status: 'warn', route: loc, x: again, control: [first] });
      }
      if (!bad) ctx.report({ messageId: 'protected', status: 'pass', data: { path: w.path }, location: loc });
    }
  },
});
