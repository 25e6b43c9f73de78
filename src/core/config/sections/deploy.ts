import { z } from 'zod';
import { flowStep } from '../flow.js';

// Owned by the launch-report work (issue 7): what `launchready gate` checks in a deploy pipeline before traffic
// moves to a new release. Exit 0 = promote, 1 = roll back, 2 = the gate itself could not run.

/**
 * One smoke check: the one HTTP step schema (src/core/config/flow.ts, docs/flows.md), run as a one-step flow.
 * Defaults to 2xx: the gate never follows a redirect, and a release that answers 302 to its health URL is not up.
 */
export const smokeCheck = flowStep(['2xx']);

export const deploy = z
  .object({
    baseUrl: z.string().url().optional().describe('base URL for relative smoke URLs (a preview deploy overrides it with --base-url)'),
    requiredEnv: z
      .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'))
      .default([])
      .describe('environment variables that must be set and non-empty (and not a placeholder such as "changeme") in the deploy environment'),
    smoke: z.array(smokeCheck).prefault([]).describe('HTTP smoke checks run against the new release'),
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
