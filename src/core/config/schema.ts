import { z } from 'zod';
import { network } from './sections/common.js';
import { gate, waiver } from './sections/policy.js';
import { repo } from './sections/repo.js';
import { edge, email } from './sections/edge.js';
import { api } from './sections/api.js';
import { monitor } from './sections/monitor.js';
import { handover } from './sections/handover.js';
import { deploy } from './sections/deploy.js';
import { ai } from './sections/ai.js';
import { logs } from './sections/logs.js';
import { ops, smoke } from './sections/ops.js';

/**
 * The one config schema: it yields the TypeScript type (`Config`), the JSON Schema committed under schema/
 * (`npm run schema`) and the config reference in the README. Each stage owns a section file.
 */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).default(1).describe('config format version'),
    project: z
      .object({
        name: z.string().min(1).default('my-app'),
        owner: z.string().optional().describe('who answers for launch risks by default'),
      })
      .strict()
      .default({ name: 'my-app' }),
    gate: gate.default({ failOn: 'high', blockOnWarn: false, newOnly: false, failOnError: true, allowErrors: [] }),
    waivers: z.array(waiver).default([]),
    network: network.default({ connectTo: [], allowHosts: [], timeoutMs: 10_000, budget: 3000, rate: 50, concurrency: 8, checkTimeoutMs: 120_000 }),
    report: z
      .object({
        dir: z.string().default('.launchready').describe('where reports and the evidence log are written'),
      })
      .strict()
      .default({ dir: '.launchready' }),
    repo: repo.optional(),
    edge: edge.optional(),
    email: email.optional(),
    api: api.optional(),
    monitor: monitor.optional(),
    handover: handover.optional(),
    deploy: deploy.optional(),
    ai: ai.optional(),
    logs: logs.optional(),
    ops: ops.optional(),
    smoke: smoke.optional(),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

/** For launchready.config.ts files: typed, no runtime effect. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://launchready.dev/schema/launchready.schema.json',
    title: 'launchready configuration',
  };
}
