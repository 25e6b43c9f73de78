import type { Check } from '../core/check.js';
import { secretsChecks } from './secrets/index.js';
import { repoChecks } from './repo/index.js';
import { logsChecks } from './logs/index.js';
import { dnsChecks } from './dns/index.js';
import { tlsChecks } from './tls/index.js';
import { edgeChecks } from './edge/index.js';
import { emailChecks } from './email/index.js';
import { apiChecks } from './api/index.js';
import { perfChecks } from './perf/index.js';
import { opsChecks } from './ops/index.js';
import { aiChecks } from './ai/index.js';
import { deployChecks } from './deploy/index.js';

/** Every check launchready has, by area. Stages pick from here; docs and meta-tests iterate it. */
export const ALL_CHECKS: Check[] = [
  ...secretsChecks,
  ...repoChecks,
  ...logsChecks,
  ...dnsChecks,
  ...tlsChecks,
  ...edgeChecks,
  ...emailChecks,
  ...apiChecks,
  ...perfChecks,
  ...opsChecks,
  ...aiChecks,
  ...deployChecks,
];

export function checkById(id: string): Check | undefined {
  return ALL_CHECKS.find((c) => c.id === id);
}
