import { z } from 'zod';
import { apiIdentity } from './api.js';
import { placeholders } from '../../template.js';

// LLM-backed endpoints and the red-team pack (issue 19). Attack classes: see src/checks/ai/payloads.ts.

export const PAYLOAD_CATEGORIES = ['leak', 'injection', 'jailbreak', 'encoding', 'indirect', 'tool-abuse', 'cross-user', 'ssrf', 'exfiltration'] as const;

const seedRequest = z
  .object({
    method: z.enum(['POST', 'PUT', 'PATCH']).default('POST'),
    url: z.string().url().describe('where the document, profile field or ticket is stored (an allowed host)'),
    headers: z.record(z.string(), z.string()).default({}),
    format: z.enum(['json', 'form']).default('json'),
    body: z.record(z.string(), z.unknown()).describe('request body; {{inject}} is replaced by the injected text'),
  })
  .strict();

export const aiEndpoint = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1-40 letters, digits, dot, dash or underscore')
      .describe('short unique name used in findings (support-bot, search-assistant)'),
    url: z.string().url().describe('endpoint URL; its host is added to the allowlist (nothing else is contacted)'),
    method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
    headers: z.record(z.string(), z.string()).default({}).describe('request headers (auth for a test user: use ${ENV_VAR}); values are masked in output'),
    request: z
      .union([z.string().min(1), z.record(z.string(), z.unknown())])
      .default({ message: '{{input}}' })
      .describe('request body template: a JSON object or a string; every {{input}} is replaced by the payload (JSON-escaped inside objects)'),
    format: z.enum(['json', 'form', 'text']).default('json').describe('body encoding of the request'),
    response: z
      .string()
      .default('')
      .describe('dotted JSON path to the model reply in the response (choices.0.message.content, reply); empty = the whole body'),
    toolCalls: z
      .string()
      .optional()
      .describe('dotted JSON path to the tool/function calls the model made (an array of { name } or { function: { name } }), for ai/tool-abuse'),
    canaries: z
      .array(z.string().min(8, 'a canary must be at least 8 characters so it cannot appear by chance'))
      .default([])
      .describe('secrets planted in the system prompt for this test; any of them in a reply is a leak (masked in output)'),
    systemPromptMarkers: z
      .array(z.string().min(12, 'a marker must be at least 12 characters'))
      .default([])
      .describe('distinctive sentences of the system prompt; their appearance in a reply means the prompt leaked'),
    dangerousTools: z
      .array(z.string().min(1))
      .default([])
      .describe('tools the model must never call on a user\'s say-so (issue_refund, delete_account, get_user_by_email, send_email)'),
    otherUserData: z
      .array(z.string().min(4))
      .default([])
      .describe('values that belong to another user or tenant (their email, an order id): seeing one in a reply is a cross-user leak'),
    otherUser: z.string().optional().describe('how payloads refer to the other user (e.g. "bob@globex.test"); default "another customer"'),
    payloads: z
      .object({
        extra: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), category: z.enum(PAYLOAD_CATEGORIES), input: z.string().min(1) }).strict()).default([]).describe('your own payloads, added to the built-in pack'),
        skip: z.array(z.string()).default([]).describe('built-in payload ids not to send'),
      })
      .strict()
      .default({ extra: [], skip: [] }),
    timeoutMs: z.number().int().positive().max(120_000).default(30_000).describe('per request timeout (models are slow)'),
    identity: z.string().optional().describe('log in as this identity (from ai.identities, else api.identities) and send its token/cookie with every request'),
    toolOutcome: z
      .string()
      .optional()
      .describe('dotted path, inside each tool call object, to its outcome (executed / blocked / pending confirmation); default: result.status, status, outcome, state'),
    fetchTools: z.array(z.string().min(1)).default([]).describe('tools that fetch URLs (fetch_url, browse): reported by ai/ssrf, not ai/tool-abuse'),
    usage: z.string().optional().describe('dotted path to token usage in the response (usage.total_tokens); read by ai/resource-limits'),
    render: z.string().optional().describe('dotted path to HTML the app renders from the reply (checked for images and links to unlisted hosts)'),
    linkHosts: z.array(z.string().min(1)).default([]).describe('hosts the app may link or load images from in replies (default: the endpoint host only)'),
    quota: z
      .object({
        requests: z.number().int().positive().describe('requests allowed'),
        perSeconds: z.number().positive().describe('per this many seconds'),
      })
      .strict()
      .optional()
      .describe("the endpoint's own per-user limit: the pack paces itself under it, and ai/resource-limits checks it is enforced"),
    limits: z
      .object({
        burst: z.number().int().min(3).max(200).default(20).describe('requests sent at once to see a rate limit (default 20; quota.requests + 5 when a quota is declared)'),
        oversizeChars: z.number().int().min(1000).max(1_000_000).default(48_000).describe('characters of the oversized input (GET endpoints: 6,000 at most)'),
      })
      .strict()
      .default({ burst: 20, oversizeChars: 48_000 }),
    seed: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            request: seedRequest.describe('plants the injected text ({{inject}}) where the model will read it'),
            query: z.string().min(1).describe('the question that makes the model read the planted content'),
          })
          .strict(),
      )
      .default([])
      .describe('indirect injection: store content first (a document, a profile field, a ticket), then ask the model about it'),
  })
  .strict();

export const ai = z
  .object({
    endpoints: z.array(aiEndpoint).min(1).describe('LLM-backed endpoints to evaluate'),
    allowHosts: z.array(z.string().min(1)).default([]).describe('other hosts the ai stage may contact'),
    identities: z.array(apiIdentity).default([]).describe('test users the endpoints log in as (same shape as api.identities; api.identities are used too)'),
    checks: z
      .object({ disable: z.array(z.string()).default([]).describe('check ids not to run (e.g. ai/tool-abuse)') })
      .strict()
      .default({ disable: [] }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.endpoints.forEach((e, i) => {
      if (seen.has(e.name)) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'name'], message: `duplicate endpoint name "${e.name}"` });
      seen.add(e.name);
      const tpl = typeof e.request === 'string' ? e.request : JSON.stringify(e.request);
      if (!placeholders(tpl).includes('input')) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'request'], message: 'must contain the {{input}} placeholder' });
    });
  });

export type AiSection = z.output<typeof ai>;
export type AiEndpoint = z.output<typeof aiEndpoint>;
