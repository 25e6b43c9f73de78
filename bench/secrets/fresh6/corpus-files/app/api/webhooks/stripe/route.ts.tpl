import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';
import { prisma } from '@/lib/prisma';

export async function POST(req: Request) {
  const body = await req.text();
  const sig = headers().get('stripe-signature')!;
  let event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);   ⟦D d-wh-stripe-env⟧
  } catch (err) {
    return new NextResponse(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await prisma.subscription.upsert({
      where: { userId: session.client_reference_id! },
      create: { userId: session.client_reference_id!, stripeCustomerId: session.customer as string, status: 'active' },
      update: { status: 'active' },
    });
  }
  return NextResponse.json({ received: true });
}
