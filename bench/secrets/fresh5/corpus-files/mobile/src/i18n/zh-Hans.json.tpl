{
  "login.title": "登录 Munchly",
  "login.password": "密码",   ⟦D d-i18n-zh-pw⟧
  "login.password_hint": "密码至少需要八个字符",   ⟦D d-i18n-zh-hint⟧
  "courier.secret_code": "取餐密钥：请向顾客索取",   ⟦D d-i18n-zh-code⟧
  "settings.api_key_label": "餐厅接口密钥"   ⟦D d-i18n-zh-apikey⟧
}
