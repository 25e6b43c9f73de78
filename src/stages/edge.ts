import type { Stage } from '../audit/stage.js';
import { NotAvailableError } from './not-available.js';

// Placeholder until issue #4 lands: says so clearly instead of passing.
export const edgeStage: Stage = {
  name: 'edge',
  title: 'Domain and edge',
  enabled: (config) => config.edge !== undefined,
  async plan() {
    throw new NotAvailableError('the edge stage', 4);
  },
};
