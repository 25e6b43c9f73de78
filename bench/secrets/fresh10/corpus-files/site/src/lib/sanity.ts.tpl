import { createClient, type QueryParams } from '@sanity/client';

const projectId = '«sanity_project#mv»';
const dataset = 'production';

export const sanity = createClient({
  projectId,
  dataset,
  apiVersion: '2023-10-01',
  useCdn: true,
});

// draft previews on deploy previews: needs a read token (viewer role)
const previewToken = '«sanity_token#viewer»'; ⟦S sn-token⟧

export const previewClient = createClient({
  projectId,
  dataset,
  apiVersion: '2023-10-01',
  useCdn: false,
  token: previewToken,
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
