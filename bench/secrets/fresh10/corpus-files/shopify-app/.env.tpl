SHOPIFY_API_KEY=«shopify_client#app» ⟦D sae-client⟧
SHOPIFY_API_SECRET=«hex:32#shopify-app-secret» ⟦S sae-secret⟧
SCOPES=read_customers,write_customers,read_orders,read_products,write_discounts,read_fulfillments
SHOPIFY_APP_URL=https://companion.maisonverte.fr
DATABASE_URL=postgresql://companion:«pwu#companion-db»@10.0.0.21:5432/companion ⟦S sae-dburl⟧
