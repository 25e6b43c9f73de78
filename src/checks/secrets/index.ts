import type { Check } from '../../core/check.js';

/** Registry of secrets checks, explicit (no filesystem discovery). */
export const secretsChecks: Check[] = [];
