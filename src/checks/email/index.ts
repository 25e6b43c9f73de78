import type { Check } from '../../core/check.js';

/** Registry of email checks, explicit (no filesystem discovery). */
export const emailChecks: Check[] = [];
