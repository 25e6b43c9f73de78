# Copy to .env and fill in. Values live in 1Password → "Relaydesk dev".

# --- model providers ---
OPENAI_API_KEY=sk-proj-... ⟦D envex-openai⟧
ANTHROPIC_API_KEY=sk-ant-api03-... ⟦D envex-anthropic⟧
COHERE_API_KEY=
MISTRAL_API_KEY=
GROQ_API_KEY=gsk_your_key_here ⟦D envex-groq⟧
AZURE_OPENAI_ENDPOINT=https://relaydesk-eastus2.openai.azure.com/
AZURE_OPENAI_API_KEY=<azure-key> ⟦D envex-azure⟧
AZURE_OPENAI_API_VERSION=2024-06-01

# --- retrieval ---
PINECONE_API_KEY=
PINECONE_INDEX=support-kb
QDRANT_URL=http://localhost:6333
QDRANT_API_KEY=

# --- tools ---
ZENDESK_SUBDOMAIN=yourcompany
ZENDESK_EMAIL=you@yourcompany.com
ZENDESK_API_TOKEN=changeme ⟦D envex-zendesk⟧
SHOPIFY_STORE=your-store.myshopify.com
SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ⟦D envex-shopify⟧
STRIPE_SECRET_KEY=sk_test_... ⟦D envex-stripe⟧

# --- tracing ---
LANGCHAIN_TRACING_V2=true
LANGCHAIN_API_KEY=lsv2_pt_... ⟦D envex-langsmith⟧
LANGFUSE_PUBLIC_KEY=pk-lf-...
LANGFUSE_SECRET_KEY=sk-lf-... ⟦D envex-langfuse⟧
LANGFUSE_HOST=https://cloud.langfuse.com
