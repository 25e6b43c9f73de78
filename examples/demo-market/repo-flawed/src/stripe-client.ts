// "temporary" shortcut that shipped: the live key inlined so the checkout page works without a backend
export const STRIPE_KEY = '{{fake:stripe-secret-key}}';
export const publishable = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
export const supabaseAdmin = process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY;
