de:
  devise:
    sessions:
      new:
        password: "Passwort" ⟦D de-password⟧
        forgot: "Passwort vergessen?"
    passwords:
      edit:
        new_password: "Neues Passwort" ⟦D de-newpw⟧
        confirm: "Passwort bestätigen"
  api_keys:
    title: "API-Schlüssel"
    hint: "Ihr API-Schlüssel wird nur einmal angezeigt. Bitte sicher aufbewahren." ⟦D de-apikey-hint⟧
    token_label: "Token: %{prefix}…" ⟦D de-token-label⟧
