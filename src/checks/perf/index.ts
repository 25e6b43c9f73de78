import type { Check } from '../../core/check.js';

/** Registry of perf checks, explicit (no filesystem discovery). */
export const perfChecks: Check[] = [];
