{
  "loginPassword": "Passwort", ⟦D arb-pw⟧
  "tokenExpired": "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
  "scanLabel": "Sendungsnummer scannen",
  "secretHint": "Geben Sie den 6-stelligen Code ein" ⟦D arb-code⟧
}
