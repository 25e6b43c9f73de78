import type { Check } from '../../core/check.js';
import reachable from './reachable.js';
import httpsRedirect from './https-redirect.js';
import canonicalHost from './canonical-host.js';
import hsts from './hsts.js';
import csp from './csp.js';
import framing from './framing.js';
import nosniff from './nosniff.js';
import referrerPolicy from './referrer-policy.js';
import permissionsPolicy from './permissions-policy.js';
import crossOrigin from './cross-origin.js';
import cookies from './cookies.js';
import sri from './sri.js';
import mixedContent from './mixed-content.js';
import versionBanner from './version-banner.js';
import cachePrivate from './cache-private.js';
import cdn from './cdn.js';
import cors from './cors.js';
import takeover from './takeover.js';

/** Registry of edge checks, explicit (no filesystem discovery). `canonicalHost` runs once per apex; the rest per host. */
export const edgeChecks: Check[] = [
  reachable,
  httpsRedirect,
  canonicalHost,
  hsts,
  csp,
  framing,
  nosniff,
  referrerPolicy,
  permissionsPolicy,
  crossOrigin,
  cookies,
  sri,
  mixedContent,
  versionBanner,
  cachePrivate,
  cdn,
  cors,
  takeover,
];
