import type { Check } from '../../core/check.js';
import identities from './identities.js';
import authnMissing from './authn-missing.js';
import bola from './bola.js';
import bfla from './bfla.js';
import jwtAlgNone from './jwt-alg-none.js';
import jwtSignature from './jwt-signature.js';
import jwtExpired from './jwt-expired.js';
import jwtClaims from './jwt-claims.js';
import jwtWeakSecret from './jwt-weak-secret.js';
import jwtAlgConfusion from './jwt-alg-confusion.js';
import jwtSensitiveClaims from './jwt-sensitive-claims.js';
import injection from './injection.js';
import versionBanner from './version-banner.js';
import passwordPolicy from './password-policy.js';
import regexDos from './regex-dos.js';
import cors from './cors.js';
import rateLimit from './rate-limit.js';
import userEnumeration from './user-enumeration.js';
import errorHandling from './error-handling.js';
import massAssignment from './mass-assignment.js';
import sensitiveFields from './sensitive-fields.js';
import webhookSignature from './webhook-signature.js';
import webhookReplay from './webhook-replay.js';
import resetToken from './reset-token.js';
import ssrf from './ssrf.js';
import exposedDebug from './exposed-debug.js';
import cachePrivate from './cache-private.js';
import bundleSecrets from './bundle-secrets.js';
import cookieFlags from './cookie-flags.js';
import securityHeaders from './security-headers.js';
import availability from './availability.js';
import stateChangingGet from './state-changing-get.js';

/** Registry of api checks, explicit (no filesystem discovery). The api stage runs them in phases (src/stages/api.ts). */
export const apiChecks: Check[] = [
  identities,
  authnMissing,
  bola,
  bfla,
  jwtAlgNone,
  jwtSignature,
  jwtExpired,
  jwtClaims,
  jwtWeakSecret,
  jwtAlgConfusion,
  jwtSensitiveClaims,
  injection,
  versionBanner,
  passwordPolicy,
  regexDos,
  cors,
  userEnumeration,
  errorHandling,
  sensitiveFields,
  exposedDebug,
  cachePrivate,
  bundleSecrets,
  cookieFlags,
  securityHeaders,
  massAssignment,
  ssrf,
  webhookSignature,
  webhookReplay,
  resetToken,
  rateLimit,
  stateChangingGet,
  availability,
];
