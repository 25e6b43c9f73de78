import { Webhook } from 'svix';
import { NextResponse } from 'next/server';

// Resend signs webhooks with Svix
const wh = new Webhook('«svix#resend»');   ⟦S s-wh-resend⟧

export async function POST(req: Request) {
  const payload = await req.text();
  const headers = Object.fromEntries(req.headers);
  try {
    const evt = wh.verify(payload, headers) as { type: string; data: { email_id: string } };
    console.log('resend event', evt.type, evt.data.email_id);
  } catch {
    return new NextResponse('bad signature', { status: 400 });
  }
  return NextResponse.json({ ok: true });
}
