import { z } from 'zod';

// Owned by the launch-report work (issue 7): LLM-backed endpoints and the prompt-injection eval pack.

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
        extra: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), category: z.enum(['leak', 'injection', 'jailbreak', 'tool-abuse']), input: z.string().min(1) }).strict()).default([]).describe('your own payloads, added to the built-in pack'),
        skip: z.array(z.string()).default([]).describe('built-in payload ids not to send'),
      })
      .strict()
      .default({ extra: [], skip: [] }),
    timeoutMs: z.number().int().positive().max(120_000).default(30_000).describe('per request timeout (models are slow)'),
  })
  .strict();

export const ai = z
  .object({
    endpoints: z.array(aiEndpoint).min(1).describe('LLM-backed endpoints to evaluate'),
    allowHosts: z.array(z.string().min(1)).default([]).describe('other hosts the ai stage may contact'),
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
      if (!tpl.includes('{{input}}')) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'request'], message: 'must contain the {{input}} placeholder' });
    });
  });

export type AiSection = z.output<typeof ai>;
export type AiEndpoint = z.output<typeof aiEndpoint>;
