import { defineCheck } from '../../core/check.js';
import type { SmokeProbes, SmokeTarget } from './smoke-runner.js';
import { sharedSmokeRun } from './smoke-flow.js';

/** The edge (Cloudflare, AWS WAF, Akamai, ...) must not challenge or block the app's own legitimate flows. */
export default defineCheck<SmokeTarget, SmokeProbes>({
  id: 'ops/smoke-waf',
  title: 'Canary: the edge lets a legitimate flow through',
  problem: 'Canary: edge or WAF challenges a legitimate flow',
  area: 'ops',
  mode: 'active',
  description: 'Detects Cloudflare/Vercel/AWS WAF/Akamai/Imperva/Sucuri/F5/ModSecurity/DataDome/PerimeterX challenges, blocks, captchas and edge rate limits on the canary flows',
  severity: 'high',
  timeoutMs: 30 * 60_000, // every flow, step and undo, each up to smoke.timeoutMs
  messages: {
    challenge: 'Flow "{{flow}}" step "{{step}}" got a {{vendor}} challenge ({{evidence}}, status {{status}}): real users and API clients on this flow are stopped.',
    block: 'Flow "{{flow}}" step "{{step}}" was blocked by {{vendor}} ({{evidence}}, status {{status}}).',
    captcha: 'Flow "{{flow}}" step "{{step}}" got a captcha from {{vendor}} ({{evidence}}, status {{status}}).',
    'rate-limit': 'Flow "{{flow}}" step "{{step}}" was rate-limited by {{vendor}} ({{evidence}}).',
    clear: 'No edge challenge or block on {{count}} flow(s).',
  },
  remediation: 'Add a WAF/bot-management exception for these routes (API and sign-in calls from your own clients, mobile apps and webhooks), or lower the rule to log-only; a challenge page on a JSON API or sign-in form breaks the flow for real users.',
  async run(ctx) {
    const results = await sharedSmokeRun(ctx);
    let n = 0;
    for (const fr of results) {
      for (const s of fr.steps) {
        if (!s.edge) continue;
        n++;
        const critical = fr.flow.critical && !fr.ok;
        ctx.report({
          messageId: s.edge.kind,
          severity: critical ? 'critical' : 'high',
          data: { flow: fr.flow.name, step: s.step, vendor: s.edge.vendor, evidence: s.edge.evidence, status: s.status ?? 0 },
          location: { url: s.url, method: s.method, path: s.path },
          target: `flow:${fr.flow.name}:${s.step}`,
        });
      }
    }
    if (n === 0) ctx.report({ messageId: 'clear', status: 'pass', severity: 'info', data: { count: results.length } });
  },
});
