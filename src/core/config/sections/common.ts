import { z } from 'zod';

export const severity = z.enum(['critical', 'high', 'medium', 'low', 'info']);

/** `H1:P1:H2:P2` as in curl --connect-to (empty H1 = any host). */
export const connectTo = z
  .string()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^:\s]*):(\d{0,5}):(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/, 'must look like HOST1:PORT1:HOST2:PORT2 (curl --connect-to)');

export const resolver = z
  .string()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[0-9.]+)(:\d{1,5})?$/, 'must be IP or IP:PORT (e.g. 127.0.0.1:5353)');

export const network = z
  .object({
    resolver: resolver.optional().describe('send every DNS query to this server (UDP and TCP) instead of the system resolver'),
    connectTo: z.array(connectTo).default([]).describe('curl --connect-to rules: H1:P1:H2:P2'),
    allowHosts: z
      .array(z.string().min(1))
      .default([])
      .describe('extra hosts the run may contact; hosts named by targets are always allowed, nothing else ever is'),
    timeoutMs: z.number().int().positive().max(120_000).default(10_000).describe('per request timeout'),
    budget: z.number().int().nonnegative().default(3000).describe('most requests one run may send, all checks together'),
    rate: z.number().positive().max(10_000).default(50).describe('most requests per second per host'),
    concurrency: z.number().int().positive().max(64).default(8).describe('checks run at once'),
    checkTimeoutMs: z.number().int().positive().default(120_000).describe('a check running longer reports status: error'),
  })
  .strict();
