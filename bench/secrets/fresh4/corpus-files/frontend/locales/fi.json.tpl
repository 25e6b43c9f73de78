{
  "login.password": "Salasana",   ⟦D d-fi-password⟧
  "login.forgot": "Unohditko salasanasi?",   ⟦D d-fi-forgot⟧
  "settings.api_token": "Henkilökohtainen käyttöoikeustunnus",   ⟦D d-fi-token⟧
  "booking.confirm": "Vahvista aika"
}
