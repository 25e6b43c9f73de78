import { defineCheck } from '../../core/check.js';
import { COMMON_MESSAGES, LOGS_TIMEOUT_MS, reportValues, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/card-number',
  title: 'Payment card number in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Primary account numbers (Luhn-valid, real issuer range, in a card context) written to logs',
  severity: 'critical',
  cwe: 'CWE-359',
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    card: '{{file}}:{{line}}: {{brand}} card number ending {{last4}} logged {{count}} time(s).',
    'test-card': '{{file}}:{{line}}: well-known {{brand}} test card number ending {{last4}} logged {{count}} time(s).',
    ...COMMON_MESSAGES,
  },
  remediation: 'PCI DSS 3.4 forbids storing full card numbers in logs. Stop the source (never log request bodies of payment forms; use the provider\'s hosted fields), purge the affected logs and backups, and tell your payment provider/QSA if real cards were stored.',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportValues(ctx, scan, res), 'card-number');
  },
});
