import { z } from 'zod';

// Owned by the API security work (issue 5). Every field is described: the descriptions feed the JSON Schema
// (schema/) and the README/docs config reference (docs/api.md).

/** Values in request templates may use {{email}}, {{password}}, {{token}}, {{nonce}}, {{name}}, {{tenant}}. */
const template = z.record(z.string(), z.unknown());

const tokenSource = z
  .object({
    from: z.enum(['json', 'header', 'cookie']).default('json').describe('where the login response carries the token'),
    path: z.string().default('token').describe('json: dotted path in the response body (e.g. data.accessToken); header/cookie: its name'),
    scheme: z.string().default('Bearer').describe('prefix for the Authorization header; "" sends the raw token'),
    header: z.string().default('authorization').describe('request header the token goes in (ignored when sendAs is cookie)'),
    sendAs: z.enum(['header', 'cookie', 'both']).optional().describe('how later requests carry the token (default: cookie when from=cookie; else where the OpenAPI security schemes say, e.g. a cookie apiKey, or cookie and bearer at once; else header); both: the header and the cookie'),
    cookieName: z.string().optional().describe('cookie name when sendAs=cookie (default: the path for from=cookie)'),
  })
  .strict();

// Django, Rails, Laravel and Spring Security refuse a session login (and later unsafe requests) without the CSRF
// token the site handed out: the double-submit cookie echoed in a header.
const csrf = z
  .object({
    path: z.string().min(1).describe('GET endpoint that hands out the CSRF token (e.g. /api/auth/csrf/), relative to baseUrl'),
    cookie: z.string().optional().describe('cookie carrying the token (default: the first cookie named like csrf/xsrf, else a JSON field named like csrfToken)'),
    header: z.string().optional().describe('request header the token is echoed in (default X-CSRFToken; X-XSRF-TOKEN for an XSRF-TOKEN cookie)'),
  })
  .strict();

const login = z
  .object({
    path: z.string().min(1).describe('login endpoint, relative to baseUrl (or absolute on an allowed host)'),
    method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
    format: z.enum(['json', 'form']).default('json').describe('request body encoding'),
    body: template.optional().describe('request body; default { email: "{{email}}", password: "{{password}}" }'),
    headers: z.record(z.string(), z.string()).default({}).describe('extra request headers'),
    token: tokenSource.default({ from: 'json', path: 'token', scheme: 'Bearer', header: 'authorization' }),
    csrf: csrf.optional().describe('fetch a CSRF token first and echo it in a header on the login and on every later request of the session'),
  })
  .strict();

export const apiIdentity = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1-40 letters, digits, dot, dash or underscore').describe('short unique name, used in findings (alice, bob-admin)'),
    tenant: z.string().optional().describe('tenant / organisation / workspace this identity belongs to; identities in different tenants must not see each other\'s objects'),
    role: z.string().default('member').describe('role name; compared with x-launchready-roles / routes.admin (member, admin, platform, ...)'),
    email: z.string().optional().describe('login name / email (used by login, reset, enumeration and rate-limit checks)'),
    password: z.string().optional().describe('password (masked in every output)'),
    login: login.optional().describe('log in by a request; the token is read from the response and re-fetched on 401 or expiry'),
    bearer: z.string().optional().describe('static bearer token (instead of login)'),
    headers: z.record(z.string(), z.string()).default({}).describe('static headers sent with every request of this identity (API keys, tenant headers)'),
    cookies: z.record(z.string(), z.string()).default({}).describe('static cookies sent with every request of this identity'),
    apiKey: z
      .object({
        in: z.enum(['header', 'query']).default('header'),
        name: z.string().min(1).describe('header or query parameter name'),
        value: z.string().min(1).describe('the key (masked in every output)'),
      })
      .strict()
      .optional()
      .describe('static API key'),
    objects: z.record(z.string(), z.array(z.string())).default({}).describe('known object ids this identity owns, by route template or path-parameter name: { "/api/invoices/{id}": ["inv_1"] } or { invoiceId: ["inv_1"] }'),
  })
  .strict();

const routeRule = z.string().min(1).describe('"METHOD /path/{param}" or "/path/*" (any method); * matches one segment, ** any rest');

export const apiRoute = z
  .object({
    method: z.string().default('GET'),
    path: z.string().min(1).describe('path template, e.g. /api/invoices/{id}'),
    public: z.boolean().optional().describe('public by design (no authentication expected)'),
    roles: z.array(z.string()).optional().describe('roles allowed to call it (others must be denied)'),
    heavy: z.boolean().optional().describe('uses the heavier latency budget'),
    body: template.optional().describe('sample request body'),
  })
  .strict();

const webhook = z
  .object({
    path: z.string().min(1).describe('webhook endpoint path'),
    scheme: z.enum(['stripe', 'github', 'hmac', 'bearer']).describe('stripe: Stripe-Signature t=,v1=; github: X-Hub-Signature-256 sha256=; hmac: hex HMAC-SHA256 of the body in `header`; bearer: the shared secret itself in `header` (default Authorization) after `prefix` (default "Bearer ")'),
    secret: z.string().optional().describe('signing secret (masked); without it only unsigned/badly signed deliveries are tested'),
    header: z.string().optional().describe('signature header (default per scheme: stripe-signature, x-hub-signature-256, x-signature, authorization)'),
    timestampHeader: z.string().optional().describe('hmac scheme: header carrying the unix timestamp, if the provider signs "timestamp.body"'),
    encoding: z.enum(['hex', 'base64']).default('hex').describe('hmac scheme: digest encoding of the signature'),
    prefix: z.string().default('').describe('hmac scheme: text before the digest in the header (e.g. "sha256="); bearer scheme: before the secret (default "Bearer ")'),
    body: template.optional().describe('sample event; default a harmless launchready.test event with a unique id'),
    toleranceSec: z.number().int().positive().default(300).describe('age beyond which a signed delivery must be refused (Stripe default 300 s)'),
  })
  .strict();

const imap = z
  .object({
    host: z.string().min(1).describe('IMAP server host (must be api.baseUrl\'s host or in api.allowHosts)'),
    port: z.number().int().min(1).max(65535).default(993).describe('IMAP port (993 implicit TLS, 143 plain/STARTTLS)'),
    secure: z.boolean().default(true).describe('implicit TLS (port 993); false: plain connection, upgraded with STARTTLS when offered'),
    user: z.string().min(1).describe('IMAP login'),
    password: z.string().min(1).describe('IMAP password (masked in every output; use ${ENV_VAR})'),
    folder: z.string().default('INBOX').describe('folder the reset mails arrive in'),
  })
  .strict();

const mailbox = z
  .object({
    kind: z.enum(['mailpit', 'mailhog', 'json', 'imap']).default('mailpit').describe('mailpit: GET {url}/api/v1/messages + /api/v1/message/{ID}; mailhog: GET {url}/api/v2/messages; json: any JSON outbox at {url} (a list of messages, see messagesPath/textPath); imap: a real mailbox over IMAP (see imap)'),
    url: z.string().min(1).optional().describe('mailbox API base (mailpit, mailhog) or outbox URL (json), relative to baseUrl or absolute on an allowed host; not used by imap'),
    tokenRegex: z.string().default('token=([A-Za-z0-9._~-]+)').describe('regular expression; capture group 1 is the reset token in the message text'),
    headers: z.record(z.string(), z.string()).default({}).describe('headers for the mailbox API (auth)'),
    messagesPath: z.string().optional().describe('json: dotted path to the list of messages in the outbox answer (default: the answer itself when it is a list, else the first of messages, items, emails, mails, data, results)'),
    textPath: z.string().optional().describe('json: dotted path to the text inside one message (default: the whole message, so tokenRegex sees every field)'),
    imap: imap.optional().describe('imap: the server and account to read'),
  })
  .strict();

const flowRequest = z
  .object({
    path: z.string().min(1),
    method: z.enum(['POST', 'PUT', 'PATCH', 'GET']).default('POST'),
    format: z.enum(['json', 'form']).default('json'),
    body: template.optional().describe('request body template'),
    as: z.string().optional().describe('identity that sends it (default: none / the flow default)'),
  })
  .strict();

// Reset by security question (OWASP Forgot Password cheat sheet: answers are low-entropy, so attempts must be limited).
const question = z
  .object({
    path: z.string().min(1).describe('route that sets a new password when the answer is right (e.g. /rest/user/reset-password)'),
    method: z.enum(['POST', 'PUT', 'PATCH']).default('POST'),
    format: z.enum(['json', 'form']).default('json'),
    body: template.optional().describe('body template with {{email}}, {{answer}} and {{password}} (the new password: set to the identity\'s current one); default { email, answer, password }'),
    answer: z.string().min(1).describe('the identity\'s real answer (masked), so the check can prove a wrong answer is refused and restore the password'),
  })
  .strict();

const reset = z
  .object({
    identity: z.string().optional().describe('identity whose account the flow uses (default: the first with email and password)'),
    request: flowRequest.optional().describe('asks for a reset link; body default { email: "{{email}}" } (with mailbox and consume)'),
    mailbox: mailbox.optional().describe('where the reset mail arrives (with request and consume)'),
    consume: flowRequest.optional().describe('sets the new password with the token; body default { token: "{{token}}", password: "{{password}}" } (the password is set to the identity\'s current one)'),
    question: question.optional().describe('reset by security question instead of (or besides) a mailed link'),
  })
  .strict();

const jwtKeys = z
  .object({
    secret: z.string().optional().describe('HS256/384/512 signing secret, so expired and wrong-audience tokens can be forged (masked)'),
    privateKey: z.string().optional().describe('PEM private key (RS/ES/PS algorithms) for the same purpose'),
    alg: z.string().optional().describe('algorithm of forged tokens (default: the one in the identity tokens)'),
    issuer: z.string().optional().describe('expected iss (default: the one in the identity tokens)'),
    audience: z.string().optional().describe('expected aud (default: the one in the identity tokens)'),
    wordlist: z.array(z.string()).default([]).describe('extra candidate secrets for api/jwt-weak-secret'),
  })
  .strict();

export const api = z
  .object({
    baseUrl: z.string().url().describe('base URL of the API (http or https); its host is allowlisted'),
    allowHosts: z.array(z.string().min(1)).default([]).describe('other hosts the API stage may contact (mailbox, OpenAPI host); nothing else is ever contacted'),
    openapi: z.string().optional().describe('OpenAPI 3.0/3.1 document: path relative to the config file, or URL on an allowed host'),
    discoverOpenapi: z.boolean().default(true).describe('without `openapi`, look for the document at the usual URLs on the API host (/openapi.json, /swagger.json, /v3/api-docs, ...)'),
    identities: z.array(apiIdentity).default([]).describe('who the audit acts as; a guest (no credentials) is always added'),
    routes: z.array(apiRoute).default([]).describe('routes to add to (or override in) the OpenAPI document'),
    public: z.array(routeRule).default([]).describe('routes that are public by design'),
    adminOnly: z.array(routeRule).default([]).describe('routes only admin/platform roles may call (besides x-launchready-roles)'),
    adminRoles: z.array(z.string()).default(['admin', 'owner', 'platform', 'superadmin']).describe('role names that count as admin for adminOnly routes'),
    skip: z.array(routeRule).default([]).describe('routes never called (logout, delete-account, ...)'),
    inferRoles: z.boolean().default(true).describe('treat undeclared /admin/, /internal/, /platform/ routes (and descriptions saying "admin only") as privileged'),
    discovery: z
      .array(
        z
          .object({
            path: z.string().min(1).describe('list endpoint, e.g. /api/invoices'),
            item: z.string().optional().describe('item route template (default: path + "/{id}")'),
            idField: z.string().default('id').describe('field holding the object id in each list element'),
          })
          .strict(),
      )
      .default([])
      .describe('list endpoints to discover object ids from (default: every GET /x that has a GET /x/{param} sibling)'),
    webhooks: z.array(webhook).default([]).describe('webhook receivers and how they are signed'),
    reset: reset.optional().describe('password-reset flow with an out-of-band mailbox'),
    signup: flowRequest.optional().describe('sign-up request; body default { email: "{{email}}", password: "{{password}}" }'),
    invite: flowRequest.optional().describe('invite request (sent as an admin identity); body default { email: "{{email}}" }'),
    jwt: jwtKeys.optional().describe('JWT keys and expectations'),
    allowWrites: z.boolean().default(false).describe('allow state-changing requests (mass assignment, BFLA on write routes, SSRF on POST bodies, reset/signup/invite flows); reverted where the API allows'),
    budget: z.number().int().positive().optional().describe('most requests the API stage may send (default: network.budget)'),
    rate: z.number().positive().max(10_000).optional().describe('most requests per second to the API host (default: network.rate)'),
    timeoutMs: z.number().int().positive().max(120_000).optional().describe('per-request timeout (default: network.timeoutMs)'),
    recoverySeconds: z.number().int().min(0).max(600).optional().describe('when the target stops answering during the audit, how long to wait for it to come back before the remaining checks are reported as not run (default 20)'),
    rateLimit: z
      .object({
        burst: z.number().int().min(3).max(200).default(40).describe('requests per burst when probing a rate limit'),
      })
      .strict()
      .default({ burst: 40 }),
    latency: z
      .object({
        readMs: z.number().positive().default(300).describe('p95 budget for read routes'),
        heavyMs: z.number().positive().default(800).describe('p95 budget for heavy routes (x-launchready-heavy, routes[].heavy, `heavy` patterns)'),
        samples: z.number().int().min(3).max(200).default(12).describe('samples per route'),
        maxRoutes: z.number().int().positive().default(12).describe('most routes measured'),
        heavy: z.array(routeRule).default([]).describe('routes with the heavy budget'),
      })
      .strict()
      .default({ readMs: 300, heavyMs: 800, samples: 12, maxRoutes: 12, heavy: [] }),
    debugPaths: z.array(z.string()).default([]).describe('extra debug/config paths to probe besides the built-in list'),
    bundles: z.array(z.string()).default([]).describe('JavaScript bundle paths to scan besides the scripts the home page references'),
    corsOrigins: z.array(z.string()).default([]).describe('origins the API legitimately allows with credentials (not findings)'),
    checks: z
      .object({
        disable: z.array(z.string()).default([]).describe('check ids not to run (e.g. api/rate-limit)'),
      })
      .strict()
      .default({ disable: [] }),
  })
  .strict()
  // Runs even when other fields failed (when: always), so every problem is reported at once; hence defensive.
  .superRefine(
    (v, ctx) => {
      const ids = Array.isArray(v?.identities) ? v.identities : [];
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (!id || typeof id !== 'object') return;
        if (typeof id.name === 'string') {
          if (seen.has(id.name)) ctx.addIssue({ code: 'custom', path: ['identities', i, 'name'], message: `duplicate identity name "${id.name}"` });
          if (id.name === 'guest') ctx.addIssue({ code: 'custom', path: ['identities', i, 'name'], message: '"guest" is implicit (no credentials); choose another name' });
          seen.add(id.name);
        }
        if (id.login && (id.bearer || id.apiKey)) ctx.addIssue({ code: 'custom', path: ['identities', i, 'login'], message: 'use one of login, bearer or apiKey' });
      });
      const who = (x: unknown, key: 'as' | 'identity'): string | undefined => (x && typeof x === 'object' && typeof (x as Record<string, unknown>)[key] === 'string' ? ((x as Record<string, unknown>)[key] as string) : undefined);
      const refs: [string[], string | undefined][] = [
        [['reset', 'identity'], who(v?.reset, 'identity')],
        [['reset', 'request', 'as'], who(v?.reset?.request, 'as')],
        [['signup', 'as'], who(v?.signup, 'as')],
        [['invite', 'as'], who(v?.invite, 'as')],
      ];
      for (const [path, name] of refs) if (name && !seen.has(name)) ctx.addIssue({ code: 'custom', path, message: `no identity named "${name}"` });
      const r = v?.reset as Record<string, unknown> | undefined;
      if (r && typeof r === 'object') {
        const link = ['request', 'mailbox', 'consume'].filter((k) => r[k] !== undefined);
        if (link.length > 0 && link.length < 3) for (const k of ['request', 'mailbox', 'consume'].filter((x) => r[x] === undefined)) ctx.addIssue({ code: 'custom', path: ['reset', k], message: `required with ${link.join(' and ')} (a mailed reset link needs request, mailbox and consume)` });
        if (link.length === 0 && r.question === undefined) ctx.addIssue({ code: 'custom', path: ['reset'], message: 'configure request + mailbox + consume (a mailed link) or question (a security question)' });
        const mb = r.mailbox as Record<string, unknown> | undefined;
        if (mb && typeof mb === 'object') {
          const kind = mb.kind ?? 'mailpit';
          if (kind === 'imap' && mb.imap === undefined) ctx.addIssue({ code: 'custom', path: ['reset', 'mailbox', 'imap'], message: 'required when kind is imap (host, user, password)' });
          if (kind !== 'imap' && mb.url === undefined) ctx.addIssue({ code: 'custom', path: ['reset', 'mailbox', 'url'], message: `required when kind is ${String(kind)}` });
        }
      }
      const re = v?.reset?.mailbox?.tokenRegex;
      if (typeof re === 'string') {
        try {
          new RegExp(re);
        } catch (err) {
          ctx.addIssue({ code: 'custom', path: ['reset', 'mailbox', 'tokenRegex'], message: `invalid regular expression: ${(err as Error).message}` });
        }
      }
    },
    { when: () => true },
  );

export type ApiConfig = z.output<typeof api>;
export type ApiIdentityConfig = z.output<typeof apiIdentity>;
export type ApiRouteConfig = z.output<typeof apiRoute>;
