import { defineCheck } from '../../core/check.js';
import type { Severity } from '../../core/types.js';
import type { ApiExchange, ApiProbes } from './lib/types.js';
import { attempt, bodySimilarity, is2xx, reportExchange, reportGaps, UNREACHABLE } from './lib/util.js';

/**
 * Debug, config and source-control files served to anyone (API8:2023 / API9:2023). A bounded list of well-known
 * paths, each with a content signature, so a SPA that answers 200 with index.html for every path (a "soft 404",
 * measured first with a random path) is never a finding.
 */

interface Probe {
  path: string;
  severity: Severity;
  what: string;
  /** the body must look like this */
  sig: RegExp;
}

const PROBES: Probe[] = [
  { path: '/.env', severity: 'critical', what: 'environment file', sig: /^\s*(export\s+)?[A-Z][A-Z0-9_]{1,60}\s*=/m },
  { path: '/.env.production', severity: 'critical', what: 'environment file', sig: /^\s*(export\s+)?[A-Z][A-Z0-9_]{1,60}\s*=/m },
  { path: '/.env.local', severity: 'critical', what: 'environment file', sig: /^\s*(export\s+)?[A-Z][A-Z0-9_]{1,60}\s*=/m },
  { path: '/.git/config', severity: 'high', what: 'git repository config', sig: /\[core\]|\[remote "/ },
  { path: '/.git/HEAD', severity: 'high', what: 'git repository', sig: /^ref: refs\/|^[0-9a-f]{40}\s*$/ },
  { path: '/.aws/credentials', severity: 'critical', what: 'AWS credentials', sig: /aws_access_key_id/i },
  { path: '/.npmrc', severity: 'high', what: 'npm credentials', sig: /_authToken|_auth\s*=/ },
  { path: '/config.json', severity: 'medium', what: 'config file', sig: /"(password|secret|apiKey|api_key|database|db_?url|private_?key)"\s*:/i },
  { path: '/debug', severity: 'high', what: 'debug endpoint', sig: /"(env|environment|memstats|cmdline|stack|config|process)"\s*:|process\.env|DATABASE_URL/i },
  { path: '/debug/vars', severity: 'high', what: 'debug variables (expvar)', sig: /"(memstats|cmdline|env|memory|uptime)"\s*:/ },
  { path: '/debug/pprof/', severity: 'high', what: 'Go pprof profiler', sig: /Types of profiles|pprof/ },
  { path: '/api/debug', severity: 'high', what: 'debug endpoint', sig: /"(env|environment|memstats|cmdline|stack|config|process)"\s*:|process\.env|DATABASE_URL/i },
  { path: '/_debug', severity: 'high', what: 'debug endpoint', sig: /"(env|environment|memstats|cmdline|stack|config|process)"\s*:|process\.env/i },
  { path: '/debug/env', severity: 'high', what: 'environment dump', sig: /"(NODE_ENV|PATH|HOME|DATABASE_URL|SECRET[A-Z_]*|env)"\s*:|^[A-Z][A-Z0-9_]+=/m },
  { path: '/api/env', severity: 'high', what: 'environment dump', sig: /"(NODE_ENV|PATH|HOME|DATABASE_URL|SECRET[A-Z_]*|env)"\s*:/ },
  { path: '/api/config', severity: 'medium', what: 'config endpoint', sig: /"(password|secret|apiKey|api_key|database|db_?url|private_?key|jwt_?secret)"\s*:/i },
  { path: '/.git/index', severity: 'high', what: 'git index', sig: /^DIRC/ },
  { path: '/.svn/entries', severity: 'medium', what: 'Subversion metadata', sig: /^\d+\s*$|svn:/m },
  { path: '/env', severity: 'high', what: 'environment dump', sig: /"(NODE_ENV|PATH|HOME|DATABASE_URL|SECRET[A-Z_]*)"\s*:/ },
  { path: '/actuator', severity: 'medium', what: 'Spring Boot actuator index', sig: /"_links"\s*:\s*\{[^}]*"(env|heapdump|beans|configprops)"/ },
  { path: '/actuator/env', severity: 'high', what: 'Spring Boot actuator env', sig: /"(propertySources|activeProfiles)"/ },
  { path: '/actuator/heapdump', severity: 'critical', what: 'Spring Boot heap dump', sig: /^JAVA PROFILE|hprof/i },
  { path: '/metrics', severity: 'low', what: 'Prometheus metrics', sig: /^# (HELP|TYPE) \w+/m },
  { path: '/server-status', severity: 'medium', what: 'Apache server-status', sig: /Apache Server Status|Server uptime/i },
  { path: '/nginx_status', severity: 'low', what: 'nginx stub_status', sig: /Active connections:/ },
  { path: '/phpinfo.php', severity: 'medium', what: 'phpinfo()', sig: /phpinfo\(\)|PHP Version/ },
  { path: '/_profiler', severity: 'high', what: 'Symfony profiler', sig: /Symfony Profiler/i },
  // Werkzeug's interactive console (Flask debug mode): remote code execution behind, at most, a PIN.
  { path: '/console', severity: 'critical', what: 'Werkzeug interactive debugger console', sig: /Werkzeug|Interactive Console|__debugger__|CONSOLE_MODE/i },
  { path: '/elmah.axd', severity: 'medium', what: 'ELMAH error log', sig: /Error Log for/i },
  { path: '/backup.sql', severity: 'critical', what: 'database dump', sig: /INSERT INTO|CREATE TABLE/i },
];

/** The framework whose development error page this body is, if any. */
export function debugFramework(body: string): string | undefined {
  const head = body.slice(0, 20_000);
  if (/Using the URLconf defined in|You're seeing this error because you have <code>DEBUG = True<\/code>/.test(head)) return 'Django';
  if (/<title>Action Controller: Exception caught<\/title>|Routing Error[\s\S]{0,400}No route matches/.test(head)) return 'Rails';
  if (/Whoops! There was an error\.|ignition-(app|error)|window\.ignite/i.test(head)) return 'Laravel';
  if (/Werkzeug Debugger|The debugger caught an exception in your WSGI application/.test(head)) return 'Werkzeug/Flask';
  if (/<title>Symfony Exception<\/title>|sf-toolbar/.test(head)) return 'Symfony';
  return undefined;
}

export default defineCheck<unknown, ApiProbes>({
  id: 'api/exposed-debug',
  title: 'Debug or config route exposed',
  area: 'api',
  mode: 'active',
  description: 'Requests a bounded list of debug, config and repository paths and checks each answer\'s content.',
  severity: 'high',
  cwe: 'CWE-215',
  owasp: 'API8:2023',
  remediation: 'Do not deploy these files or routes; deny dotfiles at the web server; bind debug endpoints to localhost or put them behind authentication.',
  messages: {
    exposed: '{{path}} serves a {{what}} to anyone (HTTP {{status}}, {{bytes}} bytes).',
    configured: '{{path}} (from api.debugPaths) answers HTTP {{status}} to anyone.',
    debugErrorPage: 'An unknown path answers the {{framework}} debug error page (HTTP {{status}}): debug mode is on and shows routes, settings or source to anyone.',
    clean: 'None of {{count}} well-known debug/config paths is served.',
    unreachable: UNREACHABLE,
  },
  async run(ctx) {
    const { client, model } = ctx.probes;
    const gaps: string[] = [];
    const soft = await attempt(ctx, gaps, 'an unknown path', client.send({ path: `/launchready-${client.nonce()}/not-here` }, ctx.checkId, ctx.signal));
    const looksSoft = (x: ApiExchange) => !!soft && is2xx(soft.status) && soft.response.body.length > 0 && bodySimilarity(soft, x) > 0.8;
    let failed = 0;
    // The random path's own answer: a framework's debug 404 page (Django DEBUG = True lists the URLconf, Rails'
    // development routing error lists the routes, Laravel Ignition, Werkzeug) is debug mode on in production.
    const framework = soft && debugFramework(soft.response.body);
    if (soft && framework) {
      failed++;
      reportExchange(ctx, { messageId: 'debugErrorPage', data: { framework, status: soft.status }, severity: 'high', route: { method: 'GET', path: '/' }, x: soft, fingerprintKey: 'debug-404' });
    }
    // Debug-looking routes the OpenAPI document itself lists (GET, no parameters) are probed too, as a guest.
    const documented = model.routes
      .filter((r) => r.method === 'GET' && r.pathParams.length === 0 && !r.skip && /\/(debug|_debug|__debug|env|environment|actuator|pprof|phpinfo|server-status|config|configuration|internal\/(vars|env|config))(\/|$)/i.test(r.path) && !PROBES.some((p) => p.path === r.path))
      .map((r) => ({ path: r.path, severity: 'high' as Severity, what: 'debug/config route', sig: /"(env|environment|memstats|cmdline|stack|process|secret|password|database_?url|jwt_?secret|api_?key)"\s*:|process\.env|DATABASE_URL|^[A-Z][A-Z0-9_]{2,}=/im }));
    const all: (Probe & { configured?: boolean })[] = [...PROBES, ...documented, ...model.config.debugPaths.map((p) => ({ path: p, severity: 'medium' as Severity, what: 'configured debug path', sig: /[\s\S]/, configured: true }))];
    const prefix = model.baseUrl.pathname.replace(/\/$/, '');
    await Promise.all(
      all.map(async (p) => {
        // Absolute paths from the host root (where web servers expose these), whatever baseUrl's prefix is.
        const url = documented.includes(p as never) ? ctx.probes.client.url(p.path) : new URL(p.path, model.baseUrl.origin).href;
        const x = await attempt(ctx, gaps, p.path, client.send({ path: url, headers: { accept: '*/*' }, maxBodyBytes: 256 * 1024 }, ctx.checkId, ctx.signal));
        if (!x || !is2xx(x.status) || looksSoft(x)) return;
        const body = x.response.body;
        if (!p.configured && (!p.sig.test(body) || /^\s*<(!doctype|html)/i.test(body) && !/phpinfo|Server Status|Profiler|Error Log|Werkzeug|Interactive Console/i.test(p.what + body.slice(0, 500)))) return;
        if (p.configured && body.trim().length === 0) return;
        failed++;
        // Whatever secret-shaped values the file holds are masked centrally; the whole file never enters the report.
        for (const m of body.matchAll(/^\s*[A-Z][A-Z0-9_]*(?:SECRET|KEY|TOKEN|PASSWORD|PASS|URL|DSN)[A-Z0-9_]*\s*=\s*(.+)$/gim)) ctx.secret(m[1]!.trim());
        reportExchange(ctx, {
          messageId: p.configured ? 'configured' : 'exposed',
          data: { path: p.path, what: p.what, status: x.status, bytes: x.response.bodyBytes },
          severity: p.severity,
          route: { method: 'GET', path: p.path },
          x,
          ...(prefix ? { note: `Requested at the host root (${model.baseUrl.origin}).` } : {}),
        });
      }),
    );
    if (failed === 0 && gaps.length) reportGaps(ctx, gaps);
    else if (failed === 0) ctx.report({ messageId: 'clean', status: 'pass', data: { count: all.length }, target: model.config.baseUrl });
  },
});
