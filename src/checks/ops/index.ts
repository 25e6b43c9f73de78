import type { Check } from '../../core/check.js';

/** Registry of ops checks, explicit (no filesystem discovery). */
export const opsChecks: Check[] = [];
