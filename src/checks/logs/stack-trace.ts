import { defineCheck } from '../../core/check.js';
import { AGGREGATE_MESSAGES, LOGS_TIMEOUT_MS, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/stack-trace',
  title: 'Internal stack traces in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Stack traces with internal file paths (Node.js, Java, Python, Ruby, Go, PHP, .NET), mostly a problem in build/CI logs and logs shared with third parties',
  severity: 'low',
  cwe: 'CWE-209',
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    'stack-trace': '{{file}}: {{count}} stack trace(s) ({{language}}) with internal paths, e.g. "{{sample}}"; first at line {{line}}.',
    ...AGGREGATE_MESSAGES,
  },
  remediation: 'Stack traces reveal file layout, framework versions and code paths. Keep them in a private error tracker; do not print them in CI/build logs that others can read or in logs shipped to third parties; make sure they never reach HTTP responses.',
  async run(ctx) {
    await runLogsCheck(
      ctx,
      (scan, res) => {
        for (const item of res.items) {
          ctx.report({
            messageId: 'stack-trace',
            status: 'warn',
            data: { file: scan.file, count: item.count, language: String(item.data?.language ?? ''), sample: item.masked, line: item.first.line },
            location: { file: scan.file, line: item.first.line },
            meta: { occurrences: item.count, locations: item.locations },
          });
        }
        return res.items.length;
      },
      'stack-trace',
    );
  },
});
