# Relaydesk dev env (priya's laptop)
OPENAI_API_KEY=«openai_proj#priya-laptop» ⟦S env-openai⟧
OPENAI_ORG_ID=«openai_org#relaydesk» ⟦D env-org⟧
ANTHROPIC_API_KEY=«anthropic#priya-laptop» ⟦S env-anthropic⟧
PINECONE_API_KEY=«pinecone#first» ⟦S env-pinecone⟧
PINECONE_INDEX=support-kb
ZENDESK_SUBDOMAIN=relaydesk
ZENDESK_EMAIL=priya@relaydesk.ai
ZENDESK_API_TOKEN=«zendesk#first» ⟦S env-zendesk⟧
LANGCHAIN_TRACING_V2=true
LANGCHAIN_PROJECT=relaydesk-dev
LANGCHAIN_API_KEY=«lsv2:pt#priya» ⟦S env-langsmith⟧
