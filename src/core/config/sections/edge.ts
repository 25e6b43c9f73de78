import { z } from 'zod';

// Owned by the domain/edge work (issue 4); extend here.
export const edge = z
  .object({
    hosts: z.array(z.string().min(1)).min(1).describe('hosts or URLs to audit (apex, www, app, api, admin, ...)'),
    canonical: z.string().optional().describe('the one canonical host every other host redirects to'),
    privatePaths: z.array(z.string()).default([]).describe('paths whose responses are private (never publicly cacheable)'),
  })
  .passthrough();

export const email = z
  .object({
    domain: z.string().min(1),
    dkimSelectors: z.array(z.string()).default([]),
    sending: z.boolean().default(true),
  })
  .passthrough();
