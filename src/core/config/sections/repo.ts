import { z } from 'zod';

export const allowRule = z
  .object({
    checkId: z.string().optional(),
    path: z.string().optional().describe('glob of files to ignore'),
    value: z.string().optional().describe('regular expression matched against the secret value'),
    reason: z.string().min(3, 'every allowlist entry needs a reason'),
  })
  .strict();

export const repo = z
  .object({
    path: z.string().min(1).describe('the repository or folder to scan, relative to the config file'),
    history: z.boolean().default(false).describe('also scan every commit reachable from any ref'),
    bundles: z.array(z.string()).default([]).describe('built bundle folders (dist, .next, build) to scan as shipped code'),
    baseline: z.string().optional().describe('baseline file (written by `secrets --baseline-write`, or a JSON report): marks known findings unchanged; with gate.newOnly only new ones block'),
    allowlist: z.array(allowRule).default([]),
    envFiles: z.record(z.string(), z.string()).default({}).describe('environment name -> env file, for separation checks'),
    maxFileBytes: z.number().int().positive().default(10 * 1024 * 1024),
    fixture: z
      .boolean()
      .default(false)
      .describe(
        'demo/test only: the folder is a launchready fixture; scan a temporary copy in which {{fake:<rule-id>}} placeholders become synthetic secrets and launchready-fixture.json builds a git history',
      ),
  })
  .strict();
