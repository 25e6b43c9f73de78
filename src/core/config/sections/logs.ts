import { z } from 'zod';

// Owned by the logs/ops work (issue 8). Descriptions feed the JSON Schema and docs/logs.md.

const kind = z.enum(['secret', 'auth-token', 'session-id', 'password', 'card-number', 'bank-account', 'national-id', 'personal-data', 'webhook-payload', 'stack-trace']);

export const logs = z
  .object({
    paths: z.array(z.string().min(1)).min(1).describe('log files or folders (plain, JSON lines, .gz), relative to the config file; "-" reads stdin'),
    maxFindingsPerKind: z.number().int().min(1).max(10_000).default(25).describe('distinct values reported per kind per file; the rest are counted in one "more" finding'),
    maxLocations: z.number().int().min(1).max(1000).default(10).describe('line/column locations kept per finding (meta.locations)'),
    bulk: z
      .object({
        emails: z.number().int().min(1).default(5).describe('distinct email addresses in one file before it counts as personal data in bulk'),
        phones: z.number().int().min(1).default(5).describe('distinct phone numbers in one file before it counts as personal data in bulk'),
      })
      .strict()
      .default({ emails: 5, phones: 5 }),
    kinds: z.array(kind).optional().describe('kinds to look for (default: all)'),
    allow: z
      .array(
        z
          .object({
            value: z.string().min(1).describe('regular expression matched against the detected value'),
            reason: z.string().min(3, 'every allowlist entry needs a reason'),
          })
          .strict(),
      )
      .default([])
      .describe('values that are not leaks (e.g. a documented test token), each with a reason'),
    fixture: z.boolean().default(false).describe('demo/test fixtures: expand {{fake:rule-id}} placeholders in the logs with synthetic secrets (the same values as in ops env files of the same run)'),
  })
  .strict()
  .superRefine((v, ctx) => {
    v.allow.forEach((a, i) => {
      try {
        new RegExp(a.value);
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['allow', i, 'value'], message: `invalid regular expression: ${(err as Error).message}` });
      }
    });
  });

export type LogsConfig = z.output<typeof logs>;
