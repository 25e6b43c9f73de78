import type { Check } from '../../core/check.js';
import envSharedSecret from './env-shared-secret.js';
import envSharedHost from './env-shared-host.js';
import envCrossUrl from './env-cross-url.js';
import envKeyMode from './env-key-mode.js';
import envDebug from './env-debug.js';
import envMissing from './env-missing.js';
import credentialRotation from './credential-rotation.js';
import smokeFlow from './smoke-flow.js';
import smokeWaf from './smoke-waf.js';

/** Registry of ops checks, explicit (no filesystem discovery). */
export const opsChecks: Check[] = [envSharedSecret, envSharedHost, envCrossUrl, envKeyMode, envDebug, envMissing, credentialRotation, smokeFlow, smokeWaf];
