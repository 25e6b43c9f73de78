import { z } from 'zod';
import { flowStep, type FlowStep } from '../flow.js';

// Owned by the logs/ops work (issue 8). Descriptions feed the JSON Schema and docs/ops.md.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const credential = z
  .object({
    name: z.string().min(1).describe('variable name (STRIPE_SECRET_KEY) or a label for a credential that lives elsewhere'),
    owner: z.string().optional().describe('who rotates it'),
    lastRotated: isoDay.optional().describe('YYYY-MM-DD of the last rotation'),
    provider: z.string().optional().describe('provider, when the value format does not tell'),
    grants: z.string().optional().describe('what it grants, when the value format does not tell'),
    usedBy: z.array(z.string()).default([]).describe('services or places that use it (besides what the scan finds)'),
  })
  .strict();

export const ops = z
  .object({
    environments: z
      .record(z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'environment names are letters, digits, dot, dash, underscore'), z.string().min(1))
      .default({})
      .describe('environment name -> env file (relative to the config file), e.g. { production: .env.production, staging: .env.staging, local: .env }'),
    production: z.string().default('production').describe('which environment is production'),
    example: z.string().optional().describe('the .env.example listing every variable production needs (default: .env.example beside the first env file, when it exists)'),
    hosts: z
      .record(z.string(), z.array(z.string().min(1)))
      .default({})
      .describe('hosts that belong to an environment, e.g. { production: [app.example.com], staging: [staging.example.com] } (default: inferred from *_URL values)'),
    credentials: z.array(credential).default([]).describe('owner and last rotation of credentials (the inventory adds what the scans find)'),
    rotation: z
      .object({
        maxAgeDays: z.number().int().positive().default(365).describe('a credential not rotated for longer is flagged'),
      })
      .strict()
      .default({ maxAgeDays: 365 }),
    sourceRoot: z.string().optional().describe('source folder searched for where each variable is used (default: repo.path, else the config folder)'),
    fixture: z.boolean().default(false).describe('demo/test fixtures: expand {{fake:rule-id}} placeholders in the env files with synthetic secrets (as repo.fixture does)'),
  })
  .strict();

/** A canary step: the one HTTP step schema (src/core/config/flow.ts, docs/flows.md); `path` is the old name of `url`. */
export const smokeStep = flowStep(['2xx', '3xx']);

export const smokeFlow = z
  .object({
    name: z.string().min(1).describe('flow name shown in results (home, sign-in, private-read, write, password-reset)'),
    kind: z.enum(['home', 'sign-in', 'private-read', 'write', 'password-reset', 'custom']).default('custom').describe('what the flow proves'),
    steps: z.array(smokeStep).min(1).max(20).describe('steps in order; the first failing step fails the flow'),
    undo: z.array(smokeStep).max(20).prefault([]).describe('steps that undo a write; they always run once the flow has started writing, and a failed undo fails the flow'),
    critical: z.boolean().default(true).describe('a failing critical flow means roll back (severity critical); others are high'),
  })
  .strict();

export const smoke = z
  .object({
    baseUrl: z.string().url().describe('base URL of the deployed app; its host is allowlisted'),
    allowHosts: z.array(z.string().min(1)).default([]).describe('other hosts the flows may call'),
    variables: z.record(z.string(), z.string()).default({}).describe('values for {{var}} (use ${ENV} in the config for secrets; they are masked)'),
    secrets: z.array(z.string()).default([]).describe('names of variables whose values are secrets (masked in every output); password/token/secret names are masked anyway'),
    timeoutMs: z.number().int().positive().max(120_000).default(10_000).describe('per request timeout'),
    maxMs: z.number().int().positive().default(3000).describe('default latency budget per step; slower steps warn'),
    flows: z.array(smokeFlow).min(1).describe('critical flows, run in order'),
  })
  .strict();

export type OpsConfig = z.output<typeof ops>;
export type SmokeConfig = z.output<typeof smoke>;
export type SmokeFlowConfig = z.output<typeof smokeFlow>;
export type SmokeStepConfig = FlowStep;
