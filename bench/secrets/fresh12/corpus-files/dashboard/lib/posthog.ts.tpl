'use client';
import posthog from 'posthog-js';

export function initPosthog() {
  if (typeof window === 'undefined' || posthog.__loaded) return;
  posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY ?? '«phc#dashboard»', { ⟦D ph-phc⟧
    api_host: '/ingest',
    ui_host: 'https://eu.posthog.com',
    person_profiles: 'identified_only',
    capture_pageview: false,
  });
}

export const EVENTS = {
  widgetInstalled: 'widget_installed',
  apiKeyRevealed: 'api_key_revealed', ⟦D ph-event⟧
  zendeskConnected: 'zendesk_connected',
  shopifyConnected: 'shopify_connected',
} as const;
