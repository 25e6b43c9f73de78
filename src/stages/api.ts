import type { Stage } from '../audit/stage.js';
import { NotAvailableError } from './not-available.js';

// Placeholder until issue #5 lands: says so clearly instead of passing.
export const apiStage: Stage = {
  name: 'api',
  title: 'API security',
  enabled: (config) => config.api !== undefined,
  async plan() {
    throw new NotAvailableError('the api stage', 5);
  },
};
