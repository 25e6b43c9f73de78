# copy to site/.env for `npm run dev`
PUBLIC_ALGOLIA_APP_ID=
PUBLIC_ALGOLIA_SEARCH_KEY=
PUBLIC_KLAVIYO_COMPANY_ID=
SANITY_VIEWER_TOKEN=sk-your-viewer-token ⟦D se-sanity⟧
KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D se-klaviyo⟧
