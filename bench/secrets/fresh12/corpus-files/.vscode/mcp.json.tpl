{
  "inputs": [
    {
      "type": "promptString",
      "id": "sentry-token",
      "description": "Sentry auth token (org:read, project:read, event:read)",
      "password": true ⟦D vm-password-flag⟧
    }
  ],
  "servers": {
    "sentry": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@sentry/mcp-server@latest"],
      "env": { "SENTRY_AUTH_TOKEN": "${input:sentry-token}", "SENTRY_HOST": "de.sentry.io" } ⟦D vm-input-ref⟧
    },
    "notion": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@notionhq/notion-mcp-server"],
      "env": {
        "OPENAPI_MCP_HEADERS": "{\"Authorization\": \"Bearer «notion#founders-wiki»\", \"Notion-Version\": \"2022-06-28\"}" ⟦S vm-notion⟧
      }
    },
    "playwright": {
      "type": "stdio",
      "command": "npx",
      "args": ["@playwright/mcp@latest"]
    }
  }
}
