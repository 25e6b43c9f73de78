import type { Check } from '../../core/check.js';

/** Registry of tls checks, explicit (no filesystem discovery). */
export const tlsChecks: Check[] = [];
