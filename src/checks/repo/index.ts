import type { Check } from '../../core/check.js';

/** Registry of repo checks, explicit (no filesystem discovery). */
export const repoChecks: Check[] = [];
