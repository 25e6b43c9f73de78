import { defineCheck } from '../../core/check.js';
import { COMMON_MESSAGES, CWE_LOG, LOGS_TIMEOUT_MS, reportValues, runLogsCheck, type LogsProbes, type LogsTarget } from './common.js';

export default defineCheck<LogsTarget, LogsProbes>({
  id: 'logs/session-id',
  title: 'Session id or session cookie in a log',
  area: 'logs',
  mode: 'passive',
  description: 'Session cookies and session ids (connect.sid, PHPSESSID, JSESSIONID, _app_session, next-auth, Supabase auth cookies) written to logs',
  severity: 'high',
  cwe: CWE_LOG,
  timeoutMs: LOGS_TIMEOUT_MS,
  messages: {
    session: '{{file}}:{{line}}: session value of {{name}} ({{value}}) logged {{count}} time(s).',
    cookie: '{{file}}:{{line}}: {{name}} cookie value ({{value}}) in a logged Cookie header, {{count}} time(s).',
    'set-cookie': '{{file}}:{{line}}: {{name}} cookie value ({{value}}) in a logged Set-Cookie header, {{count}} time(s).',
    ...COMMON_MESSAGES,
  },
  remediation: 'A logged session id lets whoever reads the log act as that user until the session ends. Invalidate the sessions, and stop logging Cookie/Set-Cookie headers and session fields.',
  async run(ctx) {
    await runLogsCheck(ctx, (scan, res) => reportValues(ctx, scan, res), 'session-id');
  },
});
