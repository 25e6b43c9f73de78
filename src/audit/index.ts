import type { Stage } from './stage.js';
import { repoStage } from '../stages/repo.js';
import { edgeStage } from '../stages/edge.js';
import { emailStage } from '../stages/email.js';
import { apiStage } from '../stages/api.js';
import { logsStage } from '../stages/logs.js';
import { opsStage } from '../stages/ops.js';
import { aiStage } from '../stages/ai.js';

/** Explicit stage registry, in the order an audit runs them (no filesystem discovery). */
export const STAGES: Stage[] = [repoStage, edgeStage, emailStage, apiStage, logsStage, aiStage, opsStage];

export function stageByName(name: string): Stage | undefined {
  return STAGES.find((s) => s.name === name);
}
