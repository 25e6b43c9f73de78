import type { Check } from '../../core/check.js';

/** Registry of ai checks, explicit (no filesystem discovery). */
export const aiChecks: Check[] = [];
