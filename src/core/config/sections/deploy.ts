import { z } from 'zod';

// Owned by the launch-report work (issue 7): what `launchready gate` checks in a deploy pipeline before traffic
// moves to a new release. Exit 0 = promote, 1 = roll back, 2 = the gate itself could not run.

const statusSpec = z
  .union([z.number().int().min(100).max(599), z.string().regex(/^([1-5]xx|\d{3}(-\d{3})?)$/, 'must be 200, "2xx" or "200-299"')])
  .describe('an HTTP status: 200, "2xx" or "200-299"');

export const smokeCheck = z
  .object({
    name: z.string().min(1).optional().describe('shown in results (default: METHOD URL)'),
    url: z.string().min(1).describe('absolute URL, or a path resolved against deploy.baseUrl / --base-url; the host must be named in the config (api.baseUrl, edge.hosts, network.allowHosts, deploy.baseUrl) or on the command line'),
    method: z.string().default('GET'),
    headers: z.record(z.string(), z.string()).default({}).describe('request headers (use ${ENV_VAR} for tokens)'),
    body: z.string().optional(),
    expectStatus: z.array(statusSpec).default(['2xx']).describe('accepted statuses (default 2xx; redirects are not followed)'),
    bodyContains: z.array(z.string()).default([]).describe('strings the body must contain'),
    bodyNotContains: z.array(z.string()).default([]).describe('strings the body must not contain (e.g. "Traceback", "DEBUG")'),
    maxLatencyMs: z.number().int().positive().optional().describe('slower responses fail'),
  })
  .strict();

export const deploy = z
  .object({
    baseUrl: z.string().url().optional().describe('base URL for relative smoke URLs (a preview deploy overrides it with --base-url)'),
    requiredEnv: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'))
      .default([])
      .describe('environment variables that must be set and non-empty (and not a placeholder such as "changeme") in the deploy environment'),
    smoke: z.array(smokeCheck).default([]).describe('HTTP smoke checks run against the new release'),
    timeoutMs: z.number().int().positive().max(120_000).default(10_000).describe('per smoke request timeout'),
    retries: z.number().int().min(0).max(10).default(0).describe('extra attempts for a failing smoke check (a release that is still starting), each after retryDelayMs'),
    retryDelayMs: z.number().int().min(0).max(60_000).default(2000).describe('wait between smoke attempts'),
    auditReport: z
      .string()
      .optional()
      .describe('JSON audit report the gate reads (relative to the config file; --from overrides): its open must-fix items block the deploy unless --ignore-audit'),
  })
  .strict();

export type DeploySection = z.output<typeof deploy>;
