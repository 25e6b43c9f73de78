{
  "login.title": "تسجيل الدخول إلى مانشلي",
  "login.password": "كلمة المرور",   ⟦D d-i18n-ar-pw⟧
  "login.password_hint": "يجب أن تتكون كلمة المرور من ٨ أحرف على الأقل",   ⟦D d-i18n-ar-hint⟧
  "courier.secret_code": "رمز التسليم السري",   ⟦D d-i18n-ar-code⟧
  "settings.token": "رمز الوصول"   ⟦D d-i18n-ar-token⟧
}
