import { defineConfig } from 'astro/config';
import netlify from '@astrojs/netlify';
import sanity from '@sanity/astro';
import sitemap from '@astrojs/sitemap';

// https://astro.build/config
export default defineConfig({
  site: 'https://www.maisonverte.fr',
  output: 'hybrid',
  adapter: netlify({ edgeMiddleware: false }),
  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'en', 'nl'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    sanity({
      projectId: '«sanity_project#mv»', ⟦D as-sanity-project⟧
      dataset: 'production',
      apiVersion: '2023-10-01',
      useCdn: true,
    }),
    sitemap({ i18n: { defaultLocale: 'fr', locales: { fr: 'fr-FR', en: 'en-GB', nl: 'nl-NL' } } }),
  ],
  image: {
    domains: ['cdn.sanity.io', 'cdn.shopify.com', 'images.ctfassets.net'],
  },
});
