import type { Check } from '../../core/check.js';
import promptInjectionLeak from './prompt-injection-leak.js';
import promptInjection from './prompt-injection.js';
import jailbreak from './jailbreak.js';
import encodingBypass from './encoding-bypass.js';
import indirectInjection from './indirect-injection.js';
import toolAbuse from './tool-abuse.js';
import crossUserData from './cross-user-data.js';
import ssrf from './ssrf.js';
import markdownExfiltration from './markdown-exfiltration.js';
import errorLeak from './error-leak.js';
import resourceLimits from './resource-limits.js';

/**
 * Registry of ai checks, explicit (no filesystem discovery): one per attack class. They share one transcript per
 * endpoint; ai/resource-limits runs its burst after the transcript so it never starves the pack.
 */
export const aiChecks: Check[] = [promptInjectionLeak, promptInjection, jailbreak, encodingBypass, indirectInjection, toolAbuse, crossUserData, ssrf, markdownExfiltration, errorLeak, resourceLimits];
