import { auth, requiresAuth } from 'express-openid-connect';
import type { Express } from 'express';
import { config } from './config.js';

// The SPA login widget of the account portal uses this client id; it is public (it is in every page).
export const PORTAL_SPA_CLIENT_ID = '«auth0_id#spa»'; ⟦D a0-spa⟧

export function mountAuth(app: Express): void {
  app.use(
    auth({
      issuerBaseURL: `https://${config.AUTH0_DOMAIN}`,
      baseURL: config.PUBLIC_URL,
      clientID: config.AUTH0_CLIENT_ID,
      clientSecret: config.AUTH0_CLIENT_SECRET, ⟦D a0-env⟧
      secret: config.SESSION_SECRET,
      authRequired: false,
      authorizationParams: { response_type: 'code', scope: 'openid profile email' },
    }),
  );
  app.get('/account', requiresAuth(), (req, res) => res.render('account', { user: req.oidc.user }));
}

// Management API (link Steam / Epic identities to the Auth0 user). Token for the dev tenant, pasted from the
// dashboard's API Explorer while testing account linking:
// «auth0_mgmt#dev» ⟦S a0-mgmt⟧
export async function linkIdentity(userId: string, provider: 'steam' | 'epic', externalId: string): Promise<void> {
  const token = process.env.AUTH0_MGMT_TOKEN;
  if (!token) throw new Error('AUTH0_MGMT_TOKEN not set');
  const res = await fetch(`https://${config.AUTH0_DOMAIN}/api/v2/users/${encodeURIComponent(userId)}/identities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, ⟦D a0-bearer-var⟧
    body: JSON.stringify({ provider, user_id: externalId }),
  });
  if (!res.ok) throw new Error(`auth0 link ${res.status}`);
}
