import type { Check } from '../../core/check.js';
import spf from './spf.js';
import dkim from './dkim.js';
import dmarc from './dmarc.js';
import mx from './mx.js';
import mtaSts from './mta-sts.js';
import tlsRpt from './tls-rpt.js';

/** Registry of email checks, explicit (no filesystem discovery). One job per email domain each. */
export const emailChecks: Check[] = [spf, dkim, dmarc, mx, mtaSts, tlsRpt];
