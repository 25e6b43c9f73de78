import type { Check } from '../../core/check.js';
import { SECRET_RULE_CHECKS } from './checks.js';
import pkcs12File from './pkcs12-file.js';

/** Registry of secrets checks, explicit (no filesystem discovery): one per rule of rules.ts. */
export const secretsChecks: Check[] = [...SECRET_RULE_CHECKS, pkcs12File];
