/**
 * One-off: copy Clerk organisations into Supabase `orgs` (we created the first 14 customers by hand).
 *   npx tsx scripts/sync-orgs.ts --dry-run
 */
import { createClerkClient } from '@clerk/backend';
import { supabaseAdmin } from '../lib/supabase';

const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY || '«clerk_sk:live#sync»' }); ⟦S so-clerk-sk⟧
const dryRun = process.argv.includes('--dry-run');

async function main() {
  const { data: orgs } = await clerk.organizations.getOrganizationList({ limit: 100 });
  const db = supabaseAdmin();
  for (const o of orgs) {
    const row = { clerk_org_id: o.id, name: o.name, plan: (o.publicMetadata.plan as string) ?? 'trial' };
    console.log(dryRun ? 'would upsert' : 'upsert', row);
    if (!dryRun) await db.from('orgs').upsert(row, { onConflict: 'clerk_org_id' });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
