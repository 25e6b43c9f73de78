{
  "login.title": "Entrar na Munchly",
  "login.password": "Senha",   ⟦D d-i18n-pt-pw⟧
  "login.password_hint": "Sua senha precisa de pelo menos 8 caracteres",   ⟦D d-i18n-pt-hint⟧
  "login.forgot": "Esqueceu a senha?",
  "checkout.card_token_error": "Não foi possível validar o cartão. Tente novamente.",
  "courier.secret_code": "Código de entrega: peça ao cliente",   ⟦D d-i18n-pt-code⟧
  "settings.api_key_label": "Chave da API do restaurante",   ⟦D d-i18n-pt-apikey⟧
  "settings.change_password": "Alterar senha"
}
