import { createClient, type QueryParams } from '@sanity/client';

const projectId = '«sanity_project#mv»'; ⟦D sn2-project⟧
const dataset = 'production';

export const sanity = createClient({
  projectId,
  dataset,
  apiVersion: '2023-10-01',
  useCdn: true,
});

// draft previews on deploy previews: the viewer token is a Netlify env var, server-side only (never PUBLIC_)
export const previewClient = createClient({
  projectId,
  dataset,
  apiVersion: '2023-10-01',
  useCdn: false,
  token: import.meta.env.SANITY_VIEWER_TOKEN, ⟦D sn2-token-env⟧
  perspective: 'previewDrafts',
});

export function client(preview: boolean) {
  return preview ? previewClient : sanity;
}

export async function fetchGuides(locale: string, params: QueryParams = {}) {
  return sanity.fetch(
    `*[_type == "careGuide" && language == $locale] | order(publishedAt desc){ title, slug, difficulty, "cover": cover.asset->url }`,
    { locale, ...params },
  );
}
