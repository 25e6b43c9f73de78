// Nakama runtime module (TypeScript, compiled with `npm run build` to build/index.js).
// Server-authoritative economy: purchases are validated against PlayFab and the store receipts before
// any currency is granted.

const PLAYFAB_API = 'https://%s.playfabapi.com';

interface Env {
  PLAYFAB_TITLE_ID: string;
  PLAYFAB_SECRET_KEY: string;
  REDIS_URL: string;
}

let InitModule: nkruntime.InitModule = function (ctx, logger, nk, initializer) {
  const env = ctx.env as unknown as Env;
  if (!env.PLAYFAB_SECRET_KEY) {
    throw new Error('PLAYFAB_SECRET_KEY missing from runtime.env');
  }
  initializer.registerRpc('grant_season_pass', rpcGrantSeasonPass);
  initializer.registerRpc('validate_receipt', rpcValidateReceipt);
  initializer.registerMatchmakerMatched(onMatchmakerMatched);
  logger.info('skyraid module loaded (title %s)', env.PLAYFAB_TITLE_ID);
};

function playFab(nk: nkruntime.Nakama, env: Env, path: string, body: object): any {
  const url = PLAYFAB_API.replace('%s', env.PLAYFAB_TITLE_ID) + path;
  const res = nk.httpRequest(url, 'post', {
    'Content-Type': 'application/json',
    'X-SecretKey': env.PLAYFAB_SECRET_KEY, ⟦D mod-header-env⟧
  }, JSON.stringify(body));
  if (res.code !== 200) throw new Error(`playfab ${path}: ${res.code}`);
  return JSON.parse(res.body).data;
}

const rpcGrantSeasonPass: nkruntime.RpcFunction = function (ctx, logger, nk, payload) {
  const env = ctx.env as unknown as Env;
  const { season } = JSON.parse(payload);
  playFab(nk, env, '/Server/GrantItemsToUser', {
    PlayFabId: ctx.userId,
    ItemIds: [`season_pass_${season}`],
    CatalogVersion: 'main',
  });
  return JSON.stringify({ ok: true });
};

const rpcValidateReceipt: nkruntime.RpcFunction = function (ctx, logger, nk, payload) {
  const { store, receipt } = JSON.parse(payload);
  if (store === 'apple') {
    // the shared secret is only needed for auto-renewable subscriptions; we sell none
    return JSON.stringify(nk.purchaseValidateApple(ctx.userId, receipt, true));
  }
  return JSON.stringify(nk.purchaseValidateGoogle(ctx.userId, receipt, true));
};

const onMatchmakerMatched: nkruntime.MatchmakerMatchedFunction = function (ctx, logger, nk, matches) {
  // allocation happens in the Go allocator service; here we only record the party for analytics
  logger.debug('matched %d players', matches.length);
  return undefined;
};

// test vector for the receipt parser: a nonce from Apple's documentation, not a credential
const RECEIPT_TEST_NONCE = '«hex:32#testnonce»'; ⟦D mod-testnonce⟧
