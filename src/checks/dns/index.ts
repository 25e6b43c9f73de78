import type { Check } from '../../core/check.js';

/** Registry of dns checks, explicit (no filesystem discovery). */
export const dnsChecks: Check[] = [];
