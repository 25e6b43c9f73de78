import type { Check } from '../../core/check.js';

/** Registry of edge checks, explicit (no filesystem discovery). */
export const edgeChecks: Check[] = [];
