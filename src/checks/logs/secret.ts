import { defineCheck } from '../../core/check.js';
import { COMMON_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportValues, eachScan, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/secret',
  title: 'Provider key in a log',
  area: 'logs',
  mode: 'passive',
  description: 'API keys and other provider credentials (Stripe, AWS, GitHub, ...) written to logs, found with the secrets engine rules',
  severity: 'critical',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    'provider-key': '{{file}}:{{line}}: {{label}} ({{value}}) logged {{count}} time(s).',
    'test-key': '{{file}}:{{line}}: test-mode {{label}} ({{value}}) logged {{count}} time(s).',
    'public-key': '{{file}}:{{line}}: publishable {{label}} ({{value}}) logged; public by design.',
    'engine-unavailable': 'Provider-specific keys were NOT looked for in these logs: {{reason}}. Other kinds (tokens, passwords, cards, personal data) were scanned.',
    // not COMMON_MESSAGES' `not-scanned`: this check names every input it could not read itself (`unreadable`,
    // binary ones included), so "no input could be scanned" is never its answer
    more: COMMON_MESSAGES.more,
    none: COMMON_MESSAGES.none,
    unreadable: COMMON_MESSAGES.unreadable,
  },
  remediation: 'Rotate the key now (it is in every copy of this log: log shipper, backups, support tickets), then stop logging it: redact credentials in the logger (pino redact, structlog processors, Rails filter_parameters) and purge the log copies you control.',
  async run(ctx) {
    let found = 0;
    let engineMissing: string | undefined;
    const { files, lines } = await eachScan(ctx, (scan, kind) => {
      if (!scan.secretsEngine.available) engineMissing = scan.secretsEngine.reason ?? 'no secrets engine';
      found += reportValues(ctx, scan, kind('secret'));
    });
    if (engineMissing) {
      ctx.report({ messageId: 'engine-unavailable', status: 'error', severity: 'high', data: { reason: engineMissing } });
      return;
    }
    if (found === 0 && files > 0) ctx.report({ messageId: 'none', status: 'pass', severity: 'info', data: { files, lines } });
  },
});
