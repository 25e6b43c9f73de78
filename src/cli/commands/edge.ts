import { auditWithProgress, EVIDENCE_FLAGS, TIMEOUT_FLAG } from '../run-config.js';
import { validateConfig } from '../../core/config/validate.js';
import { InputError, UsageError } from '../../core/errors.js';
import type { Report } from '../../core/types.js';
import { apexOf } from '../../checks/edge/parse.js';
import { hostOf } from '../../probes/net.js';
import { isLocalHost } from '../../stages/edge.js';
import { defineCommand, flagBool, flagList, flagString } from '../command.js';
import { emitReport, FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';

/** Every audited host failed to connect or resolve: nothing was audited, so the command could not run (exit 2). */
export function allUnreachable(report: Report, hosts: string[]): string[] | undefined {
  const down = new Set(report.findings.filter((f) => f.checkId === 'edge/reachable' && f.status === 'error').map((f) => f.location?.url ?? f.location?.host ?? ''));
  const up = report.findings.some((f) => f.checkId === 'edge/reachable' && f.status === 'pass');
  if (up || down.size === 0 || down.size < hosts.length) return undefined;
  return [...down];
}

export const edgeCommand = defineCommand({
  name: 'edge',
  summary: 'DNS, redirects, TLS, security headers, cookies, caching, CORS and email records of hosts',
  description:
    'Audits each host as one system: DNS (apex, www, app, api, admin), http→https and canonical redirects, TLS\n' +
    '(expiry, names, chain, legacy protocols, weak suites, key size), security headers, cookies, caching of private\n' +
    'responses, CORS, and, for the apex of the first host, email trust (SPF, DKIM, DMARC, MX, MTA-STS, TLS-RPT).\n' +
    'A bare host means https://host/ (a bare IP or localhost: http://). Plain http:// on 127.0.0.1/localhost is audited\n' +
    'as given; HSTS, TLS and the https redirect are then reported as skipped.\n' +
    'Email runs by default when the first host is a DNS name; --no-email turns it off.\n' +
    'If no host can be reached at all (connection refused, NXDOMAIN), the command exits 2 naming them.',
  positionals: [{ name: 'host|url', description: 'hosts or URLs (example.com, https://www.example.com, http://127.0.0.1:3000)', required: true, variadic: true }],
  flags: {
    ...NETWORK_FLAGS,
    ca: { type: 'string', multiple: true, valueName: 'FILE', description: 'extra trusted CA file (PEM), on top of Node roots and NODE_EXTRA_CA_CERTS' },
    'no-email': { type: 'boolean', description: 'skip the email checks (SPF, DKIM, DMARC, MX, MTA-STS, TLS-RPT)' },
    'email-domain': { type: 'string', valueName: 'DOMAIN', description: 'email domain to check (default: the apex of the first host)' },
    'dkim-selector': { type: 'string', multiple: true, valueName: 'SEL', description: 'DKIM selector you sign with (common ones are tried anyway)' },
    'private-path': { type: 'string', multiple: true, valueName: 'PATH', description: 'a path whose responses are private (checked for shared cacheability and CORS)' },
    canonical: { type: 'string', valueName: 'HOST', description: 'the canonical host (apex or www) the other redirects to' },
    'fail-on': { type: 'string', valueName: 'SEVERITY', description: 'lowest severity that blocks launch', choices: ['critical', 'high', 'medium', 'low', 'info'] },
    ...TIMEOUT_FLAG,
    ...EVIDENCE_FLAGS,
    ...FORMAT_FLAGS,
  },
  examples: [
    'launchready edge example.com www.example.com app.example.com',
    'launchready edge shop.test www.shop.test --resolver 127.0.0.1:5353 --connect-to ::127.0.0.1:8443 --format json',
    'launchready edge http://127.0.0.1:3000',
  ],
  async run(ctx) {
    const hosts = ctx.positionals;
    for (const h of hosts) if (!hostOf(h)) throw new UsageError(`"${h}" is not a host or URL`);
    const first = hosts.map(hostOf).find((h) => !isLocalHost(h));
    const emailDomain = flagString(ctx.flags, 'email-domain') ?? (first ? apexOf(first) : undefined);
    const withEmail = !flagBool(ctx.flags, 'no-email') && emailDomain !== undefined;
    const resolver = flagString(ctx.flags, 'resolver');
    const canonical = flagString(ctx.flags, 'canonical');
    const failOn = flagString(ctx.flags, 'fail-on');
    const raw = {
      edge: {
        hosts,
        ca: flagList(ctx.flags, 'ca'),
        privatePaths: flagList(ctx.flags, 'private-path'),
        ...(canonical ? { canonical } : {}),
      },
      ...(withEmail ? { email: { domain: emailDomain, dkimSelectors: flagList(ctx.flags, 'dkim-selector') } } : {}),
      network: { ...(resolver ? { resolver } : {}), connectTo: flagList(ctx.flags, 'connect-to') },
      ...(failOn ? { gate: { failOn } } : {}),
    };
    const config = validateConfig(raw, '<command line>');
    const report = await auditWithProgress(ctx, { config, configDir: ctx.io.cwd, stages: withEmail ? ['edge', 'email'] : ['edge'] });
    const down = report.interrupted ? undefined : allUnreachable(report, [...new Set(config.edge!.hosts)]);
    if (down) throw new InputError(`no host could be reached: ${down.join(', ')}`);
    report.target = { ...report.target, command: 'edge' };
    return emitReport(report, ctx.flags, ctx.io, `launchready edge ${hosts.join(' ')}`);
  },
});
