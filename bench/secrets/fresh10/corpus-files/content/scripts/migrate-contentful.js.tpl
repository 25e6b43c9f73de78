#!/usr/bin/env node
/**
 * One-off: copy the care guides from the old Contentful space into Sanity.
 *
 *   node content/scripts/migrate-contentful.js --dry-run
 *   SANITY_WRITE_TOKEN=... node content/scripts/migrate-contentful.js
 *
 * The Contentful space is read with a management token because half the guides are unpublished drafts.
 */
const contentful = require('contentful-management');
const { createClient } = require('@sanity/client');

const SPACE_ID = '«contentful_space#guides»'; ⟦D cf-space⟧
const ENVIRONMENT = 'master';
const CMA_TOKEN = process.env.CONTENTFUL_CMA_TOKEN || '«cfpat#migration»'; ⟦S cf-cma⟧

const dryRun = process.argv.includes('--dry-run');

const sanity = createClient({
  projectId: '«sanity_project#mv»',
  dataset: 'production',
  apiVersion: '2023-10-01',
  token: process.env.SANITY_WRITE_TOKEN,
  useCdn: false,
});

function toPortableText(richText) {
  return (richText?.content ?? [])
    .filter((node) => node.nodeType === 'paragraph')
    .map((node, i) => ({
      _type: 'block',
      _key: `p${i}`,
      style: 'normal',
      children: node.content.map((c, j) => ({ _type: 'span', _key: `s${i}-${j}`, text: c.value ?? '' })),
    }));
}

async function main() {
  const client = contentful.createClient({ accessToken: CMA_TOKEN });
  const env = await (await client.getSpace(SPACE_ID)).getEnvironment(ENVIRONMENT);
  const entries = await env.getEntries({ content_type: 'careGuide', limit: 500 });
  console.log(`${entries.items.length} guides in Contentful`);

  for (const entry of entries.items) {
    const f = entry.fields;
    const doc = {
      _id: `guide-${entry.sys.id}`,
      _type: 'careGuide',
      title: f.title?.['fr-FR'],
      slug: { _type: 'slug', current: f.slug?.['fr-FR'] },
      language: 'fr',
      difficulty: f.difficulty?.['fr-FR'] ?? 1,
      body: toPortableText(f.body?.['fr-FR']),
    };
    if (dryRun) console.log('would write', doc._id, doc.title);
    else await sanity.createOrReplace(doc);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
