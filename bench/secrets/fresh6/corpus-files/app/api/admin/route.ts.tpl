import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

// quick & dirty admin auth until we have roles
const ADMIN_TOKEN = '«hexsecret:48#admin»';   ⟦S s-ad-token⟧

export async function GET(req: NextRequest) {
  if (req.headers.get('x-admin-token') !== ADMIN_TOKEN) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const [users, subs, drafts] = await Promise.all([
    prisma.user.count(),
    prisma.subscription.count({ where: { status: 'active' } }),
    prisma.draft.count(),
  ]);
  return NextResponse.json({ users, subs, drafts });
}
