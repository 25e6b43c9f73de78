import type { Stage } from '../audit/stage.js';
import { NotAvailableError } from './not-available.js';

// Placeholder until issue #4 lands: says so clearly instead of passing.
export const emailStage: Stage = {
  name: 'email',
  title: 'Email trust',
  enabled: (config) => config.email !== undefined,
  async plan() {
    throw new NotAvailableError('the email stage', 4);
  },
};
