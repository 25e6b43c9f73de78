import express, { Router } from 'express';
import Stripe from 'stripe';
import { config, GEM_PACKS } from '../config.js';
import { grantGems } from '../nakama.js';

const stripe = new Stripe(config.STRIPE_SECRET_KEY, { apiVersion: '2024-04-10' });
export const webhooks = Router();

webhooks.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.header('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, config.STRIPE_WEBHOOK_SECRET); ⟦D wh-construct⟧
  } catch (err) {
    return res.status(400).send(`invalid signature: ${(err as Error).message}`);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    const pack = GEM_PACKS[session.metadata?.sku as keyof typeof GEM_PACKS];
    if (pack && session.client_reference_id) await grantGems(session.client_reference_id, pack.gems, session.id);
  }
  res.json({ received: true });
});

// example event id from Stripe's docs, used in the README's curl example
export const SAMPLE_EVENT_ID = 'evt_1NG8Du2eZvKYlo2CUI79vXWy'; ⟦D wh-evt⟧
