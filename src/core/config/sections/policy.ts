import { z } from 'zod';
import { severity } from './common.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real date');

export const waiver = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/, 'must be a finding id (16 hex characters, from the report)').optional(),
    checkId: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'must be a check id such as api/bola').optional(),
    target: z.string().min(1).optional().describe('host, file, path or record the waiver is limited to'),
    owner: z.string().min(1, 'every waiver needs an owner'),
    reason: z.string().min(3, 'every waiver needs a reason'),
    expires: isoDay.optional().describe('YYYY-MM-DD; after it the waiver stops waiving and says so'),
  })
  .strict()
  .refine((w) => w.id !== undefined || w.checkId !== undefined, { message: 'a waiver needs `id` or `checkId`', path: ['checkId'] });

export const errorAllowance = z
  .object({
    checkId: z
      .string()
      .regex(/^[a-z0-9-]+\/(?:[a-z0-9.-]+|\*)$/, 'must be a check id such as api/bola, or an area wildcard such as api/*')
      .optional()
      .describe('check id or area wildcard (api/*) whose errors are accepted; omitted = any check'),
    target: z.string().min(1).optional().describe('host, file, URL path or text of the error the acceptance is limited to'),
    owner: z.string().min(1, 'every accepted error needs an owner'),
    reason: z.string().min(3, 'every accepted error needs a reason'),
    expires: isoDay.describe('YYYY-MM-DD; after it the entry accepts nothing and the errors block again'),
  })
  .strict();

export const gate = z
  .object({
    failOn: severity.default('high').describe('lowest severity that makes the decision NO-GO'),
    blockOnWarn: z.boolean().default(false).describe('also block on warn-status findings at or above failOn'),
    newOnly: z.boolean().default(false).describe('with --baseline (or repo.baseline), only new findings block; unchanged ones are still listed'),
    failOnError: z
      .boolean()
      .default(true)
      .describe('a check that could not run (status: error, including one that reported nothing) makes the decision NO-GO; false: errors are reported and named but only fail/warn findings decide'),
    allowErrors: z
      .array(errorAllowance)
      .default([])
      .describe('checks that could not run (status: error) make the decision NO-GO ("incomplete") unless an entry here accepts them, like a waiver'),
  })
  .strict();
