import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evalSuite, truthSuite } from './eval-kit.js';
import { MARKET_TRUTH, marketSignedWebhookAccepted } from './eval-truth.js';
import { MARKET_FLAWS, MARKET_LOOKALIKES, marketConfig, startMarket } from './eval-market-app.js';

// Issue 12 evaluation, self-made app 1 of 2: "Stallhub" (test/api/eval-market-app.ts), an Express + MongoDB style
// marketplace with JSend {status, data} envelopes, form-urlencoded bodies, an opaque session token accepted as
// cookie sid AND as Bearer, a public catalogue with vulnerable write routes, a state-changing GET, a password route
// without a GET twin, a list that returns everyone's orders, validated roles beside an unvalidated isAdmin, and a
// public-by-design health route under /api/admin/. Written before the engine work of issue 12, by a helper that does
// not tune the checks. The config is what a new user writes from docs/api.md.
//
// The targets (≥ 90% of the 23 planted flaws by their check on their route, no medium+ finding on the fixed twin or
// on a look-alike, < 60 s and < 3,000 requests per run) were `todo` until the engine met them (issue 12) and are plain assertions now; the measured score
// is printed as test diagnostics on every run.
evalSuite({
  name: 'Stallhub',
  flaws: MARKET_FLAWS,
  lookAlikes: MARKET_LOOKALIKES,
  start: (fixed) => startMarket({ fixed }),
  config: (app, reportDir) => marketConfig(app, reportDir),
});

truthSuite({ name: 'Stallhub', flaws: MARKET_FLAWS, probes: MARKET_TRUTH, start: (fixed) => startMarket({ fixed }) });

test('Stallhub fixed twin: a correctly signed Stripe event is accepted (the webhook is not simply closed)', async () => {
  const app = await startMarket({ fixed: true });
  try {
    assert.equal(await marketSignedWebhookAccepted(app.url), true);
  } finally {
    await app.close();
  }
});
