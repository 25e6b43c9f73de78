import { defineCheck } from '../../core/check.js';
import { COMMON_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportValues, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/auth-token',
  title: 'Bearer token or JWT in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Authorization headers (Bearer, Basic), JWTs, access tokens in URLs and API-key headers written to logs',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    bearer: '{{file}}:{{line}}: bearer token {{value}} logged {{count}} time(s).',
    basic: '{{file}}:{{line}}: HTTP Basic credentials {{value}} logged {{count}} time(s).',
    jwt: '{{file}}:{{line}}: JWT ({{alg}}) {{value}} logged {{count}} time(s); it was still valid when scanned or has no expiry.',
    'jwt-expired': '{{file}}:{{line}}: expired JWT ({{alg}}) {{value}} logged {{count}} time(s).',
    'query-token': '{{file}}:{{line}}: {{param}} in a logged URL ({{value}}), {{count}} time(s).',
    'refresh-token': '{{file}}:{{line}}: OAuth refresh token in a logged URL ({{value}}), {{count}} time(s): it mints new access tokens until revoked.',
    'oauth-code': '{{file}}:{{line}}: OAuth authorization code in a logged redirect URL ({{value}}), {{count}} time(s).',
    'api-key-header': '{{file}}:{{line}}: {{header}} header value {{value}} logged {{count}} time(s).',
    ...COMMON_MESSAGES,
  },
  remediation: 'Anyone who reads the log can replay these tokens. Revoke the sessions/tokens, then stop logging request headers and full URLs with credentials (drop Authorization/Cookie in the request logger; move tokens out of query strings).',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportValues(ctx, scan, res), 'auth-token');
  },
});
