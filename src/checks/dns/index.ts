import type { Check } from '../../core/check.js';
import resolve from './resolve.js';
import danglingCname from './dangling-cname.js';
import caa from './caa.js';
import ns from './ns.js';
import ttl from './ttl.js';

/** Registry of dns checks, explicit (no filesystem discovery). caa and ns run once per apex, the rest per name. */
export const dnsChecks: Check[] = [resolve, danglingCname, caa, ns, ttl];
