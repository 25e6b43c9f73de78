import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';

const isPublic = createRouteMatcher(['/', '/pricing', '/sign-in(.*)', '/sign-up(.*)', '/api/webhooks(.*)', '/api/inngest']);

export default clerkMiddleware((auth, req) => {
  if (!isPublic(req)) auth().protect();
}, {
  publishableKey: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ?? '«clerk_pk»', ⟦D mw-clerk-pk⟧
  signInUrl: '/sign-in',
});

export const config = { matcher: ['/((?!.+\\.[\\w]+$|_next).*)', '/', '/(api|trpc)(.*)'] };
