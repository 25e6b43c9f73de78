{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": {
        "GITHUB_PERSONAL_ACCESS_TOKEN": "${env:GITHUB_PERSONAL_ACCESS_TOKEN}" ⟦D cm-github-env⟧
      }
    },
    "linear": {
      "command": "npx",
      "args": ["-y", "mcp-remote", "https://mcp.linear.app/sse"],
      "env": { "LINEAR_API_KEY": "«linear#team»" } ⟦S cm-linear⟧
    },
    "postgres-readonly": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://postgres.«sb_ref#prod»:«pw_random#sb-readonly»@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"] ⟦S cm-pg⟧
    },
    "langsmith-docs": {
      "url": "https://docs.smith.langchain.com/mcp"
    }
  }
}
