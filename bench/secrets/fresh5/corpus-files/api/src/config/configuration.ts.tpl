import { registerAs } from '@nestjs/config';

export default registerAs('app', () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  databaseUrl: process.env.DATABASE_URL,   ⟦D d-conf-dburl-env⟧
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379/0',
  // falls back so the e2e suite runs without a .env (TODO before launch: remove the fallback)
  jwtSecret: process.env.JWT_SECRET || '«alnum:40#jwt-fallback»',   ⟦S s-conf-jwt-fallback⟧
  jwtExpiresIn: '15m',
  refreshTokenTtlDays: 30,
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY!,   ⟦D d-conf-stripe-env⟧
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
    apiVersion: '2024-04-10' as const,
  },
  // restaurant tablets sign order-status callbacks with this (HMAC-SHA256, hex)
  tabletWebhookKey: '«shopify_like_hmac#tablet-hmac»',   ⟦S s-conf-tablet-hmac⟧
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID ?? '«twilio_sid#main»',   ⟦D d-conf-twilio-sid⟧
    authToken: process.env.TWILIO_AUTH_TOKEN ?? '«twilio_token#main-v1»',   ⟦S s-conf-twilio-token-v1⟧
    messagingServiceSid: '«twilio_other:MG#msgsvc»',   ⟦D d-conf-mg⟧
  },
  maps: { serverKey: process.env.GOOGLE_MAPS_SERVER_KEY },
  uploads: { bucket: 'munchly-menu-images', region: 'eu-central-1' },
}));
