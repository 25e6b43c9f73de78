import type { Stage } from '../audit/stage.js';
import { NotAvailableError } from './not-available.js';

// Placeholder until issue #9 lands: says so clearly instead of passing.
export const repoStage: Stage = {
  name: 'repo',
  title: 'Repository',
  enabled: (config) => config.repo !== undefined,
  async plan() {
    throw new NotAvailableError('the repo stage', 9);
  },
};
