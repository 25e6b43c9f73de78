import type { Check } from '../../core/check.js';
import promptInjectionLeak from './prompt-injection-leak.js';
import promptInjection from './prompt-injection.js';
import toolAbuse from './tool-abuse.js';
import crossUserData from './cross-user-data.js';

/** Registry of ai checks, explicit (no filesystem discovery). They share one transcript per endpoint. */
export const aiChecks: Check[] = [promptInjectionLeak, promptInjection, toolAbuse, crossUserData];
