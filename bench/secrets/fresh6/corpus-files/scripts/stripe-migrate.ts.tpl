// one-off: move customers from the old Lemon Squeezy setup to Stripe (delete after run!)
import Stripe from 'stripe';

const stripe = new Stripe('«rk_live#migrate»', { apiVersion: '2024-06-20' });   ⟦S s-sm-rk⟧

const customers: { email: string; plan: 'starter' | 'pro' }[] = JSON.parse(await Bun.file('ls-export.json').text());
for (const c of customers) {
  const cus = await stripe.customers.create({ email: c.email, metadata: { migrated_from: 'lemonsqueezy' } });
  console.log(c.email, '→', cus.id);
}
