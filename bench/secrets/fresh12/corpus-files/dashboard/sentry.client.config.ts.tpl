import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: process.env.NEXT_PUBLIC_SENTRY_DSN ?? '«sentry_dsn#dashboard»', ⟦D se-dsn⟧
  tracesSampleRate: 0.2,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  beforeSend(event) {
    // conversations can contain anything customers paste; drop request bodies
    if (event.request) delete event.request.data;
    return event;
  },
});
