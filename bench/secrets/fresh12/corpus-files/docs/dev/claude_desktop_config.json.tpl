{
  "mcpServers": {
    "zendesk": {
      "command": "uvx",
      "args": ["zendesk-mcp-server"],
      "env": {
        "ZENDESK_SUBDOMAIN": "relaydesk",
        "ZENDESK_EMAIL": "tomasz@relaydesk.ai",
        "ZENDESK_API_KEY": "«zendesk#tomasz-desktop»" ⟦S cd-zendesk⟧
      }
    },
    "stripe": {
      "command": "npx",
      "args": ["-y", "@stripe/mcp", "--tools=all", "--api-key=«stripe_sk_test#tomasz-mcp»"] ⟦S cd-stripe⟧
    },
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": { "BRAVE_API_KEY": "«brave#desktop»" } ⟦S cd-brave⟧
    },
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/tomasz/code/relaydesk"]
    }
  }
}
