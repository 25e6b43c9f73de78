import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: '«sentry_dsn#client»',   ⟦D d-se-dsn⟧
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  release: process.env.NEXT_PUBLIC_VERCEL_GIT_COMMIT_SHA ?? '«sha1#release»',   ⟦D d-se-release⟧
});
