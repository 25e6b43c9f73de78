import Stripe from 'stripe';

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });   ⟦D d-st-env⟧

export const PLANS = {
  starter: { priceId: '«stripe_price#starter»', productId: '«stripe_prod#starter»', label: 'Starter', monthly: 9 },   ⟦D d-st-starter⟧
  pro: { priceId: '«stripe_price#pro»', productId: '«stripe_prod#pro»', label: 'Pro', monthly: 29 },   ⟦D d-st-pro⟧
} as const;

export const STRIPE_PUBLISHABLE_KEY = '«pk_live#app»';   ⟦D d-st-pk⟧
