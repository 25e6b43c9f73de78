import { defineCheck } from '../../core/check.js';
import type { Severity } from '../../core/types.js';
import type { ApiProbes } from './lib/types.js';
import { findFlow, flowBody, flowHeaders, flowIdentity, isThrottled, resolveFlow } from './lib/flows.js';
import { reportExchange, short } from './lib/util.js';

/**
 * Login, password reset and signup must answer the same for an existing and an unknown account (OWASP
 * Authentication cheat sheet, "Authentication and Error Messages"). Compares status and the body with the email
 * and volatile values (ids, timestamps, numbers) normalised. Response timing is not judged: it is too noisy for a
 * verdict from a couple of requests.
 */
function normalise(body: string, emails: string[]): string {
  let b = body;
  for (const e of emails) if (e) b = b.split(e).join('<email>');
  return b
    .replace(/"(?:id|requestId|request_id|traceId|trace_id|timestamp|time|date|createdAt|nonce)"\s*:\s*"[^"]*"/gi, '"<v>":"<v>"')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, '<ts>')
    .replace(/\b[0-9a-f]{8,}\b/gi, '<hex>')
    .replace(/\d+/g, '<n>')
    .trim();
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/user-enumeration',
  title: 'Account existence revealed',
  area: 'api',
  mode: 'active',
  description: 'Compares login, reset and signup answers for an existing and an unknown account.',
  severity: 'medium',
  cwe: 'CWE-204',
  owasp: 'API2:2023',
  remediation: 'Answer the same status and message for both ("If an account exists, we sent a link"; "Invalid email or password").',
  messages: {
    differs: '{{kind}} at {{path}} answers differently for an existing account (HTTP {{existingStatus}}: {{existingBody}}) and an unknown one (HTTP {{unknownStatus}}: {{unknownBody}}).',
    same: '{{kind}} at {{path}} answers the same for existing and unknown accounts.',
    writesSkipped: 'signup was not compared because api.allowWrites is false (the unknown-address request creates an account).',
    throttled: '{{kind}} at {{path}} was throttled during the comparison; not judged.',
    noIdentity: 'Not tested: no identity with email and password.',
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const who = flowIdentity(ctx);
    if (!who?.email) return ctx.report({ messageId: 'noIdentity', status: 'skipped', severity: 'info', target: model.config.baseUrl });
    const kinds: { kind: 'login' | 'reset-request' | 'signup'; severity: Severity }[] = [
      { kind: 'login', severity: 'medium' },
      { kind: 'reset-request', severity: 'medium' },
      { kind: 'signup', severity: 'low' },
    ];
    for (const { kind, severity } of kinds) {
      const found = findFlow(ctx, kind);
      const f = found && (await resolveFlow(ctx, found));
      if (!f) continue;
      if (kind === 'signup' && !model.config.allowWrites) {
        ctx.report({ messageId: 'writesSkipped', status: 'skipped', severity: 'info', target: `signup:${f.path}` });
        continue;
      }
      const unknownEmail = `launchready-enum-${client.nonce()}@example.invalid`;
      const password = kind === 'signup' ? `Launchready-${client.nonce()}-Pw1` : `wrong-password-launchready-${client.nonce()}`;
      const send = async (email: string) => client.send({ ...(f.as ? { as: f.as } : {}), method: f.method, path: f.path, ...flowBody(f, { email, password, nonce: client.nonce() }), headers: await flowHeaders(ctx, f), retryOn401: false }, ctx.checkId, ctx.signal);
      const existing = await send(who.email);
      const unknown = await send(unknownEmail);
      const loc = { method: f.method, path: f.template };
      if ([existing, unknown].some((x) => isThrottled(x.status, x.response.headers, x.response.body))) {
        ctx.report({ messageId: 'throttled', status: 'skipped', severity: 'info', data: { kind, path: f.path }, location: loc });
        continue;
      }
      const emails = [who.email, unknownEmail];
      const differs = existing.status !== unknown.status || normalise(existing.response.body, emails) !== normalise(unknown.response.body, emails);
      if (differs) {
        reportExchange(ctx, {
          messageId: 'differs',
          data: { kind, path: f.path, existingStatus: existing.status, unknownStatus: unknown.status, existingBody: short(existing.response.body, 80), unknownBody: short(unknown.response.body, 80) },
          severity,
          route: loc,
          x: unknown,
          control: [existing],
          note: `Existing account (${who.name}) vs unknown address: the two answers differ, so an attacker can test which addresses have accounts.`,
        });
      } else ctx.report({ messageId: 'same', status: 'pass', data: { kind, path: f.path }, location: loc });
    }
  },
});
