import { defineCheck } from '../../core/check.js';
import { COMMON_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportValues, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/password',
  title: 'Password in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Passwords in URLs (user:password@host, ?password=) and in logged form or JSON request bodies',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    'url-userinfo': '{{file}}:{{line}}: password in a {{label}} ({{value}}), {{count}} time(s).',
    'url-query': '{{file}}:{{line}}: {{field}} in a logged query string ({{value}}), {{count}} time(s).',
    'form-body': '{{file}}:{{line}}: {{field}} in a logged form body or key=value pair ({{value}}), {{count}} time(s).',
    'cli-flag': '{{file}}:{{line}}: password on an echoed command line ({{flag}} {{value}}), {{count}} time(s).',
    'json-body': '{{file}}:{{line}}: "{{field}}" in a logged JSON body ({{value}}), {{count}} time(s).',
    ...COMMON_MESSAGES,
  },
  remediation: 'Users reuse passwords: treat them as exposed (force a reset for those accounts, rotate service passwords). Filter password fields in the request logger and never log connection strings with credentials.',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportValues(ctx, scan, res), 'password');
  },
});
