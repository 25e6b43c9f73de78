import { defineCheck } from '../../core/check.js';
import { AGGREGATE_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/webhook-payload',
  title: 'Full webhook payload with sensitive fields in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Whole webhook or event payloads (Stripe, GitHub, Shopify, ...) logged with personal, payment or credential fields',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    payload: '{{file}}: {{count}} full webhook payload(s) ({{provider}}) with sensitive fields ({{categories}}: {{fields}}); first at line {{line}}.',
    ...AGGREGATE_MESSAGES,
  },
  remediation: 'Log the event id and type, not the payload: payloads carry customer names, emails, addresses, card details and sometimes secrets. Fetch the event from the provider when you need it.',
  async run(ctx) {
    await runLogsCheck(
      ctx,
      (scan, res) => {
        for (const item of res.items) {
          ctx.report({
            messageId: 'payload',
            ...(item.severity ? { severity: item.severity } : {}),
            data: { file: scan.file, count: item.count, provider: String(item.data?.provider ?? 'generic'), categories: String(item.data?.categories ?? ''), fields: String(item.data?.fields ?? ''), line: item.first.line },
            location: { file: scan.file, line: item.first.line, column: item.first.column },
            meta: { occurrences: item.count, locations: item.locations },
          });
        }
        return res.items.length;
      },
      'webhook-payload',
    );
  },
});
