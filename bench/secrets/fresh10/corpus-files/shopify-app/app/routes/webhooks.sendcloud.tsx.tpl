import type { ActionFunctionArgs } from '@remix-run/node';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { markFulfilled } from '~/lib/fulfillment.server';

// Sendcloud signs parcel_status_changed webhooks with the integration's secret key (Sendcloud-Signature header)
const SENDCLOUD_SECRET = process.env.SENDCLOUD_WEBHOOK_SECRET ?? '«hex:32#sendcloud-webhook»'; ⟦S wh-fallback⟧

function verify(body: string, signature: string | null): boolean {
  if (!signature) return false;
  const expected = createHmac('sha256', SENDCLOUD_SECRET).update(body).digest('hex');
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

export const action = async ({ request }: ActionFunctionArgs) => {
  const body = await request.text();
  if (!verify(body, request.headers.get('Sendcloud-Signature'))) {
    return new Response('invalid signature', { status: 401 });
  }
  const event = JSON.parse(body) as { action: string; parcel?: { order_number: string; tracking_number: string; status: { id: number } } };
  if (event.action === 'parcel_status_changed' && event.parcel?.status.id === 11 /* delivered */) {
    await markFulfilled(event.parcel.order_number, event.parcel.tracking_number);
  }
  return new Response(null, { status: 204 });
};
