#!/usr/bin/env -S npx tsx
// One-off: re-run courier transfers that failed during the 2024-04-02 Stripe incident.
import Stripe from 'stripe';

const stripe = new Stripe('«rk_live#backfill»', { apiVersion: '2024-04-10' });   ⟦S s-backfill-rk⟧
const FAILED = ['«stripe_obj:tr#failed-1»', '«stripe_obj:tr#failed-2»', '«stripe_obj:tr#failed-3»'];   ⟦D d-backfill-ids⟧

for (const id of FAILED) {
  const t = await stripe.transfers.retrieve(id);
  await stripe.transfers.create({ amount: t.amount, currency: t.currency, destination: t.destination as string }, { idempotencyKey: `backfill-${id}` });
}
