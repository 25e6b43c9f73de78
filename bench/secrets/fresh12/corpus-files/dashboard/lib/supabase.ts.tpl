import { createClient } from '@supabase/supabase-js';

const url = process.env.NEXT_PUBLIC_SUPABASE_URL!;

/** Browser / RLS client: the anon key is public, row-level security does the work. */
export const supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

/**
 * Server-only admin client (bypasses RLS). Used by the onboarding route to create the org row and by the
 * Shopify OAuth callback to store the shop token. NEVER import this from a client component.
 */
export function supabaseAdmin() {
  const key = process.env.SUPABASE_SERVICE_ROLE_KEY ?? '«sb_service#prod»'; ⟦S sb-service⟧
  return createClient(url, key, { auth: { persistSession: false, autoRefreshToken: false } });
}

export type OrgRow = {
  id: string;
  clerk_org_id: string;
  name: string;
  plan: 'trial' | 'starter' | 'growth';
  widget_public_key: string;
  zendesk_subdomain: string | null;
  shopify_shop: string | null;
};
