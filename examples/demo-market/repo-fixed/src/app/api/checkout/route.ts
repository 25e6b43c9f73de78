import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
const mailKey = process.env.SENDGRID_API_KEY;

export async function POST(req: Request) {
  const body = await req.json();
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: body.items, success_url: process.env.APP_URL + '/ok' });
  return Response.json({ id: session.id, webhookSecret: Boolean(webhookSecret), mail: Boolean(mailKey) });
}
