import type { Check } from '../../core/check.js';

/** Registry of api checks, explicit (no filesystem discovery). */
export const apiChecks: Check[] = [];
