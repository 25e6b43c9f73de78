# Lesson library search. The admin key indexes from Sidekiq; the search-only key is handed to the app
# (see mobile/app.config.js) and is safe to expose.
AlgoliaSearch.configuration = {
  application_id: "«algolia_app#prod»", ⟦D alg-app⟧
  api_key: "«algolia_key#admin»", ⟦S alg-admin⟧
  pagination_backend: :kaminari
}

ALGOLIA_SEARCH_ONLY_KEY = "«algolia_key#search»" # search-only, public ⟦D alg-search⟧
