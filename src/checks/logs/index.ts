import type { Check } from '../../core/check.js';

/** Registry of logs checks, explicit (no filesystem discovery). */
export const logsChecks: Check[] = [];
