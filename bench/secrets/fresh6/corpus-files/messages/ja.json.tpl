{
  "auth": {
    "email": "メールアドレス",
    "password": "パスワード",   ⟦D d-ja-password⟧
    "passwordTooShort": "パスワードは8文字以上で入力してください",   ⟦D d-ja-short⟧
    "signIn": "ログイン"
  },
  "settings": {
    "apiKey": "APIキー",   ⟦D d-ja-apikey⟧
    "secretKey": "シークレットキー",   ⟦D d-ja-secret⟧
    "tokenExpired": "トークンの有効期限が切れました"   ⟦D d-ja-token⟧
  }
}
