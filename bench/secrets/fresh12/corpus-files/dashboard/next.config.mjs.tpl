import { withSentryConfig } from '@sentry/nextjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { remotePatterns: [{ protocol: 'https', hostname: 'img.clerk.com' }, { protocol: 'https', hostname: 'cdn.shopify.com' }] },
  env: {
    // public by design: these end up in the browser bundle anyway
    NEXT_PUBLIC_SUPABASE_URL: 'https://«sb_ref#prod».supabase.co', ⟦D nc-sb-url⟧
    NEXT_PUBLIC_SUPABASE_ANON_KEY: '«sb_anon#prod»', ⟦D nc-sb-anon⟧
    NEXT_PUBLIC_POSTHOG_KEY: '«phc#dashboard»', ⟦D nc-phc⟧
    NEXT_PUBLIC_POSTHOG_HOST: 'https://eu.i.posthog.com',
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: '«stripe_pk_live#dashboard»', ⟦D nc-stripe-pk⟧
  },
  async rewrites() {
    return [{ source: '/ingest/:path*', destination: 'https://eu.i.posthog.com/:path*' }];
  },
};

export default withSentryConfig(nextConfig, {
  org: 'relaydesk',
  project: 'dashboard',
  silent: !process.env.CI,
  authToken: process.env.SENTRY_AUTH_TOKEN, ⟦D nc-sentry-env⟧
  widenClientFileUpload: true,
  hideSourceMaps: true,
});
