import type { Config } from '../core/config/schema.js';
import type { Stage } from './stage.js';

/**
 * The stage registry, loaded lazily: a run imports the modules of the stages its config enables and no other,
 * so `launchready secrets` does not load the API, edge, email and AI stages with their HTTP, TLS, DNS and IMAP
 * clients (about half a second of start-up on a 2-core machine; issue 14). Same order as STAGES in
 * ./index.ts (the eager list of the public API); a test keeps the two equal, including which config sections
 * enable each stage.
 */
export interface StageEntry {
  name: string;
  /** top-level config sections that enable the stage (the stage's own `enabled` still decides once loaded) */
  sections: readonly string[];
  load(): Promise<Stage>;
}

export const STAGE_LOADERS: readonly StageEntry[] = [
  { name: 'repo', sections: ['repo'], load: async () => (await import('../stages/repo.js')).repoStage },
  { name: 'edge', sections: ['edge'], load: async () => (await import('../stages/edge.js')).edgeStage },
  { name: 'email', sections: ['email'], load: async () => (await import('../stages/email.js')).emailStage },
  { name: 'api', sections: ['api'], load: async () => (await import('../stages/api.js')).apiStage },
  { name: 'logs', sections: ['logs'], load: async () => (await import('../stages/logs.js')).logsStage },
  { name: 'ai', sections: ['ai'], load: async () => (await import('../stages/ai.js')).aiStage },
  { name: 'ops', sections: ['ops', 'smoke'], load: async () => (await import('../stages/ops.js')).opsStage },
];

export function mayBeEnabled(entry: StageEntry, config: Config): boolean {
  return entry.sections.some((k) => (config as unknown as Record<string, unknown>)[k] !== undefined);
}
