import type { Check } from '../../core/check.js';
import requiredEnv from './required-env.js';
import smoke from './smoke.js';
import auditReport from './audit-report.js';

/** Registry of deploy checks (`launchready gate`), explicit (no filesystem discovery). */
export const deployChecks: Check[] = [requiredEnv, smoke, auditReport];
