---
// Instant search over products (synced from Shopify) and care guides (synced from Sanity).
// The search-only key is public by design: it is restricted to the mv_prod_* indices and to search.
const appId = import.meta.env.PUBLIC_ALGOLIA_APP_ID;
const searchKey = import.meta.env.PUBLIC_ALGOLIA_SEARCH_KEY; ⟦D se-key-env⟧
const { locale = 'fr' } = Astro.props;
---
<div id="mv-search" data-app-id={appId} data-search-key={searchKey} data-locale={locale}></div>

<script>
  import algoliasearch from 'algoliasearch/lite';
  import { autocomplete, getAlgoliaResults } from '@algolia/autocomplete-js';

  const el = document.getElementById('mv-search')!;
  const client = algoliasearch(el.dataset.appId!, el.dataset.searchKey!);

  autocomplete({
    container: el,
    placeholder: el.dataset.locale === 'fr' ? 'Rechercher une plante…' : 'Search for a plant…',
    getSources: ({ query }) => [
      {
        sourceId: 'products',
        getItems: () =>
          getAlgoliaResults({ searchClient: client, queries: [{ indexName: 'mv_prod_products', query, params: { hitsPerPage: 6 } }] }),
        templates: { item: ({ item, html }) => html`<a href="/plantes/${item.handle}">${item.title}</a>` },
      },
    ],
  });
</script>
