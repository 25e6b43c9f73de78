import type { Check } from '../../core/check.js';
import latencyP95 from './latency-p95.js';

/** Registry of perf checks, explicit (no filesystem discovery). */
export const perfChecks: Check[] = [latencyP95];
