import { z } from 'zod';

// Owned by the launch-report work (issue 7): what `launchready handover` adds to what the audit observed.
// Every field is optional; the pack says plainly which parts are missing instead of inventing them.

const person = z
  .object({
    role: z.string().min(1).describe('what they answer for: "engineering lead", "on-call", "billing", "DNS registrar"'),
    name: z.string().min(1).describe('person or team'),
    contact: z.string().optional().describe('email, chat handle or phone (shown as written)'),
  })
  .strict();

const access = z
  .object({
    system: z.string().min(1).describe('system or account: "AWS production", "Stripe dashboard", "DNS at Cloudflare", "GitHub org"'),
    who: z.array(z.string().min(1)).default([]).describe('people or teams with access'),
    level: z.string().optional().describe('admin, deploy, read-only, billing...'),
    how: z.string().optional().describe('how access is granted or revoked (SSO group, invite, break-glass vault)'),
    mfa: z.boolean().optional().describe('is MFA enforced on this system?'),
    notes: z.string().optional(),
  })
  .strict();

const link = z
  .object({
    title: z.string().min(1),
    url: z.string().min(1).describe('URL or repo path of the document'),
  })
  .strict();

const envVar = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
    purpose: z.string().optional().describe('what it configures'),
    secret: z.boolean().optional().describe('is it a credential (default: guessed from the name)'),
    owner: z.string().optional().describe('who rotates it'),
    rotation: z.string().optional().describe('how to rotate it ("Stripe dashboard → API keys → roll", "every 90 days")'),
  })
  .strict();

export const handover = z
  .object({
    owners: z.array(person).default([]).describe('who answers for what after launch'),
    access: z.array(access).default([]).describe('access list: every system, who has access and how it is granted'),
    env: z.array(envVar).default([]).describe('descriptions for environment variables (names only, never values); found names are listed either way'),
    rollback: z
      .object({
        steps: z.array(z.string().min(1)).default([]).describe('numbered rollback steps, in order'),
        command: z.string().optional().describe('the one command that rolls back (e.g. "vercel rollback", "fly releases rollback")'),
        dataMigrations: z.string().optional().describe('how database migrations are reverted, or why they are forward-only'),
      })
      .strict()
      .optional()
      .describe('how to roll back a bad deploy'),
    runbook: z
      .object({
        steps: z.array(z.string().min(1)).default([]).describe('incident steps in order (replace the default detect → triage → mitigate → communicate → review)'),
        statusPage: z.string().optional().describe('where users are told about incidents'),
        escalation: z.array(z.string().min(1)).default([]).describe('escalation order: names or roles'),
      })
      .strict()
      .optional()
      .describe('incident runbook'),
    links: z.array(link).default([]).describe('runbooks, dashboards, architecture docs'),
    repo: z.string().optional().describe('folder scanned for the environment variable inventory, relative to the config (default: repo.path, else the config folder)'),
    notes: z.array(z.string()).default([]).describe('free notes shown at the top of the pack'),
  })
  .strict();

export type HandoverSection = z.output<typeof handover>;
