import { createHmac, timingSafeEqual } from 'node:crypto';
import { NextResponse } from 'next/server';

// GitHub App "quillmate-sync" → imports drafts from a repo's /newsletter folder
const GITHUB_WEBHOOK_SECRET = process.env.GITHUB_WEBHOOK_SECRET ?? '«pwr#gh-webhook»';   ⟦S s-wh-github⟧

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get('x-hub-signature-256') ?? '';
  const expected = `sha256=${createHmac('sha256', GITHUB_WEBHOOK_SECRET).update(body).digest('hex')}`;
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    return new NextResponse('invalid signature', { status: 401 });
  }
  return NextResponse.json({ ok: true });
}
