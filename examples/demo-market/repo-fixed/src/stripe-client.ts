// the browser only ever sees the publishable key; charges happen in src/app/api/checkout/route.ts
export const publishable = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
