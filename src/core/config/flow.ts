import { z } from 'zod';

/**
 * The one HTTP step / assertion schema (issue 20). `deploy.smoke` (launchready gate), `smoke.flows[].steps`/`undo`
 * (ops canary) and monitor `type: flow` steps are all this shape, judged by src/core/flow.ts and sent by
 * src/probes/http-flow.ts; the http monitor reuses its assertion fields. Documented once in docs/flows.md.
 * The fields are the union of what the three runners accepted before; only the `expectStatus` default differs
 * per runner (a deploy gate does not follow redirects, so it defaults to 2xx).
 */

/** `200`, `"2xx"`, `"200-299"` (matched by statusMatches in src/core/template.ts). */
export const statusSpec = z
  .union([z.number().int().min(100).max(599), z.string().regex(/^([1-5]xx|\d{3}(-\d{3})?)$/, 'must be 200, "2xx" or "200-299"')])
  .describe('an HTTP status: 200, "2xx" or "200-299"');

export type StatusSpec = z.output<typeof statusSpec>;

/** What a response must satisfy; every runner judges them the same way (src/core/flow.ts judgeResponse). */
export function assertionFields(defaultExpectStatus: StatusSpec[]) {
  return {
    expectStatus: z
      .array(statusSpec)
      .default(defaultExpectStatus)
      .describe(`accepted statuses (default ${defaultExpectStatus.join(' and ')}; redirects are never followed)`),
    maxLatencyMs: z.number().int().positive().optional().describe('hard latency budget: a slower response fails the step'),
    bodyContains: z.array(z.string()).default([]).describe('strings the body must contain (flow steps: may use {{var}})'),
    bodyNotContains: z.array(z.string()).default([]).describe('strings the body must not contain (e.g. "Traceback", "DEBUG")'),
    bodyMatches: z.string().optional().describe('regular expression the body must match'),
    expectHeaders: z
      .record(z.string(), z.string())
      .default({})
      .describe('response headers that must be present; the value is a regular expression the header must match ("" = just present)'),
  };
}

// (arrays of steps use .prefault([]): a default after a transform is an output value, which the JSON Schema cannot show)
const EXTRACT = /^(json|header|cookie|regex):[\s\S]+$/;

function stepObject(defaultExpectStatus: StatusSpec[]) {
  return z
    .object({
      name: z.string().min(1).optional().describe('step name shown in results (default: METHOD URL, or "step N")'),
      method: z.string().default('GET').describe('HTTP method'),
      url: z
        .string()
        .min(1)
        .optional()
        .describe('absolute URL on an allowed host, or a path appended to the runner\'s base URL (deploy.baseUrl / --base-url, smoke.baseUrl); may use {{var}}'),
      path: z.string().min(1).optional().describe('deprecated alias of url (the name smoke flows used); give one of url or path'),
      headers: z.record(z.string(), z.string()).default({}).describe('request headers; may use {{var}} (and ${ENV_VAR} for tokens, expanded when the config loads)'),
      json: z.unknown().optional().describe('JSON body (strings may use {{var}}; "{{n}}" of a number stays a number); sets content-type and accept'),
      form: z.record(z.string(), z.string()).optional().describe('form body (application/x-www-form-urlencoded); values may use {{var}}'),
      body: z.string().optional().describe('raw body; may use {{var}} (json wins over form, form over body)'),
      ...assertionFields(defaultExpectStatus),
      maxMs: z.number().int().positive().optional().describe('soft latency budget: a slower step is marked slow (ops smoke: a warn finding) but does not fail'),
      extract: z
        .record(z.string(), z.string().regex(EXTRACT, 'must be "json:path", "header:name", "cookie:name" or "regex:(capture)"'))
        .default({})
        .describe('variables for later steps: "json:path.to.field" (or "json:items[0].id"), "header:name", "cookie:name" or "regex:(capture)"; use them as {{name}}'),
    })
    .strict();
}

/**
 * One HTTP step. `path` is read as `url` (its old name in smoke flows); after parsing, `url` is always set and
 * `path` is gone, so runners only know one field.
 */
export function flowStep(defaultExpectStatus: StatusSpec[]) {
  return stepObject(defaultExpectStatus)
    .superRefine((s, ctx) => {
      if (s.url === undefined && s.path === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: 'required: the URL (or path) of the step' });
      if (s.url !== undefined && s.path !== undefined) ctx.addIssue({ code: 'custom', path: ['path'], message: 'give url or its old name path, not both' });
    })
    .transform(({ path, url, ...rest }) => ({ ...rest, url: (url ?? path)! }));
}

/** The parsed step every runner executes (defaults applied, `path` folded into `url`). */
export type FlowStep = z.output<ReturnType<typeof flowStep>>;
