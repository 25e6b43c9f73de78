import { NextResponse, type NextRequest } from 'next/server';

// Preview deployments are behind basic auth so Google does not index them.
const PREVIEW_AUTH = 'Basic «basic:preview#preview»';   ⟦S s-mw-basic⟧

export function middleware(req: NextRequest) {
  if (process.env.VERCEL_ENV === 'preview' && req.headers.get('authorization') !== PREVIEW_AUTH) {
    return new NextResponse('Auth required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="preview"' } });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|api/webhooks).*)'] };
