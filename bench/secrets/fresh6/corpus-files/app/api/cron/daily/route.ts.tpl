import { NextResponse } from 'next/server';
import { sendDigests } from '@/lib/digest';

export const runtime = 'nodejs';
export const maxDuration = 300;

export async function GET(req: Request) {
  const auth = req.headers.get('authorization');
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {   ⟦D d-cron-env⟧
    return new NextResponse('Unauthorized', { status: 401 });
  }
  const sent = await sendDigests();
  return NextResponse.json({ ok: true, sent });
}
