import { defineCheck } from '../../core/check.js';
import { AGGREGATE_MESSAGES, LOGS_TIMEOUT_MS, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/personal-data',
  title: 'Personal data in bulk in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Email addresses and phone numbers of many people in one log (a few support or role addresses are not reported)',
  severity: 'medium',
  cwe: 'CWE-359',
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    'email-bulk': '{{file}}: {{distinct}} distinct email addresses ({{count}} occurrences), e.g. {{samples}}; first at line {{line}}.',
    'phone-bulk': '{{file}}: {{distinct}} distinct phone numbers ({{count}} occurrences), e.g. {{samples}}; first at line {{line}}.',
    ...AGGREGATE_MESSAGES,
  },
  remediation: 'Logs are copied to places your privacy notice and retention policy do not cover (GDPR art. 5, 32). Log user ids instead of contact data, or hash/mask them in the logger; set a short retention on these logs.',
  async run(ctx) {
    const o = ctx.target.options;
    await runLogsCheck(
      ctx,
      (scan, res) => {
        let n = 0;
        for (const item of res.items) {
          for (const raw of item.raws ?? []) ctx.secret(raw);
          const distinct = Number(item.data?.distinct ?? 0);
          const threshold = item.messageId === 'email-bulk' ? o.bulkEmails : o.bulkPhones;
          if (distinct < threshold) continue;
          ctx.report({
            messageId: item.messageId,
            data: { file: scan.file, distinct: `${distinct}${res.distinctCapped ? '+' : ''}`, count: item.count, samples: String(item.data?.samples ?? ''), line: item.first.line },
            location: { file: scan.file, line: item.first.line, column: item.first.column },
            meta: { occurrences: item.count, distinct, locations: item.locations },
          });
          n++;
        }
        return n;
      },
      'personal-data',
    );
  },
});
