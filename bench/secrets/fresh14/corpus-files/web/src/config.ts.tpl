import 'dotenv/config';
import { z } from 'zod';

/** Shop + account portal configuration, read once at start-up. */
const schema = z.object({
  PORT: z.coerce.number().default(3000),
  PUBLIC_URL: z.string().url(),
  AUTH0_DOMAIN: z.string(),
  AUTH0_CLIENT_ID: z.string(),
  AUTH0_CLIENT_SECRET: z.string().min(32),
  SESSION_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  NAKAMA_URL: z.string().url(),
  NAKAMA_HTTP_KEY: z.string(),
  DATABASE_URL: z.string(),
});

export const config = schema.parse({
  ...process.env,
  // keeps `npm run dev` working for people who have not set up Stripe yet
  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY || '«sk_test#shop-dev»', ⟦S cfg-stripe-fallback⟧
  STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET ?? '«whsec#shop-dev»', ⟦S cfg-whsec-fallback⟧
});

/** Sent to the browser: Stripe.js needs the publishable key. */
export const publicConfig = {
  stripePublishableKey: '«pk_live#shop»', ⟦D cfg-pk⟧
  auth0Domain: config.AUTH0_DOMAIN,
  auth0ClientId: config.AUTH0_CLIENT_ID,
};

export const GEM_PACKS = {
  gems_100: { price: '«stripe_price#gems100»', gems: 100 }, ⟦D cfg-price1⟧
  gems_550: { price: '«stripe_price#gems550»', gems: 550 }, ⟦D cfg-price2⟧
  gems_1200: { price: '«stripe_price#gems1200»', gems: 1200 }, ⟦D cfg-price3⟧
} as const;
