{
  "login.password": "كلمة المرور",   ⟦D d-ar-password⟧
  "login.forgot": "هل نسيت كلمة المرور؟",   ⟦D d-ar-forgot⟧
  "settings.api_token": "رمز الوصول الشخصي",   ⟦D d-ar-token⟧
  "booking.confirm": "تأكيد الموعد"
}
