import { defineCheck } from '../../core/check.js';
import { AGGREGATE_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportAggregates, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/bank-account',
  title: 'Bank account numbers (IBAN) in a log',
  area: 'logs',
  mode: 'passive',
  description: 'IBANs whose country length and mod-97 check digits are valid (ISO 13616), compact or printed in groups of four',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    iban: '{{file}}: {{distinct}} distinct IBAN(s) ({{count}} occurrences), e.g. {{samples}}; first at line {{line}}.',
    ...AGGREGATE_MESSAGES,
  },
  remediation: 'An IBAN with a name is enough for direct-debit fraud (SEPA mandates) and is personal data (GDPR). Log a payout or mandate id instead, or mask the IBAN in the logger (country + last 4); purge the affected logs.',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportAggregates(ctx, scan, res), 'bank-account');
  },
});
