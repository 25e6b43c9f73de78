{
  "login.title": "Zaloguj się do Munchly",
  "login.password": "Hasło",   ⟦D d-i18n-pl-pw⟧
  "login.password_hint": "Hasło musi mieć co najmniej 8 znaków",   ⟦D d-i18n-pl-hint⟧
  "courier.secret_code": "Tajny kod dostawy",   ⟦D d-i18n-pl-code⟧
  "settings.token": "Token dostępu"   ⟦D d-i18n-pl-token⟧
}
