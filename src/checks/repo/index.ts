import type { Check } from '../../core/check.js';
import envCommitted from './env-committed.js';
import envNotIgnored from './env-not-ignored.js';
import envExampleMissing from './env-example-missing.js';
import clientExposedSecret from './client-exposed-secret.js';
import envSharedSecret from './env-shared-secret.js';
import ciSecretScan from './ci-secret-scan.js';
import envProductionCredentials from './env-production-credentials.js';
import frameworkExposedSecret from './framework-exposed-secret.js';
import dockerBuildContext from './docker-build-context.js';

/** Registry of repo checks, explicit (no filesystem discovery). */
export const repoChecks: Check[] = [envCommitted, envNotIgnored, envExampleMissing, clientExposedSecret, envSharedSecret, ciSecretScan, envProductionCredentials, frameworkExposedSecret, dockerBuildContext];
