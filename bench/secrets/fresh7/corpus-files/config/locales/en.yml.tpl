en:
  devise:
    sessions:
      new:
        password: "Password" ⟦D en-password⟧
        forgot: "Forgot your password?"
  api_keys:
    title: "API keys"
    hint: "Your API key is shown only once. Store it somewhere safe." ⟦D en-apikey-hint⟧
    secret_placeholder: "sk_live_…" ⟦D en-skph⟧
