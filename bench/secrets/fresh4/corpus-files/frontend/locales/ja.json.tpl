{
  "login.password": "パスワード",   ⟦D d-ja-password⟧
  "login.password_hint": "パスワードを入力してください",   ⟦D d-ja-hint⟧
  "settings.api_token": "アクセストークンを再発行",   ⟦D d-ja-token⟧
  "booking.confirm": "予約を確定する"
}
