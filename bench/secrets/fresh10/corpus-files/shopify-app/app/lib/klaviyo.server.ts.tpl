import { ApiKeySession, EventsApi, ProfilesApi } from 'klaviyo-api';

// public company id (also in the theme's klaviyo.js onsite snippet)
export const KLAVIYO_COMPANY_ID = '«klaviyo_site#mv»'; ⟦D kl-site⟧

const session = new ApiKeySession(process.env.KLAVIYO_PRIVATE_KEY!); ⟦D kl-env⟧
const events = new EventsApi(session);
const profiles = new ProfilesApi(session);

/** "Placed Order" with the loyalty points the order earned, for the post-purchase flow. */
export async function trackOrderPaid(order: { email: string; id: string; total: number; points: number; items: string[] }) {
  await events.createEvent({
    data: {
      type: 'event',
      attributes: {
        properties: { OrderId: order.id, Items: order.items, LoyaltyPoints: order.points },
        value: order.total,
        metric: { data: { type: 'metric', attributes: { name: 'Placed Order (Companion)' } } },
        profile: { data: { type: 'profile', attributes: { email: order.email } } },
        uniqueId: `order-${order.id}`,
      },
    },
  });
}

export async function setLoyaltyTier(email: string, tier: 'graine' | 'pousse' | 'arbre') {
  const found = await profiles.getProfiles({ filter: `equals(email,"${email}")` });
  const id = found.body.data[0]?.id;
  if (!id) return;
  await profiles.updateProfile(id, { data: { type: 'profile', id, attributes: { properties: { loyalty_tier: tier } } } });
}
