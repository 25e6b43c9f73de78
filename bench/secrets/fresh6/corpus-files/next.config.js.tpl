/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  generateBuildId: async () => '«next_build#build»',   ⟦D d-nx-buildid⟧
  images: { remotePatterns: [{ protocol: 'https', hostname: '«sb_ref#prod».supabase.co' }] },   ⟦D d-nx-images⟧
  env: {
    NEXT_PUBLIC_APP_URL: 'https://quillmate.io',
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: '«pk_live#next»',   ⟦D d-nx-pk⟧
    NEXT_PUBLIC_SUPABASE_ANON_KEY: '«sb_anon:prod#next»',   ⟦D d-nx-anon⟧
    OPENAI_API_KEY: process.env.OPENAI_API_KEY || '«openai#next-config»',   ⟦S s-nx-openai⟧
  },
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
};

module.exports = nextConfig;
