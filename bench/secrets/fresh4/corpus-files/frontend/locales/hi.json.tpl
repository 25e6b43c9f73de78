{
  "login.password": "पासवर्ड दर्ज करें",   ⟦D d-hi-password⟧
  "settings.api_token": "एक्सेस टोकन",   ⟦D d-hi-token⟧
  "booking.confirm": "अपॉइंटमेंट की पुष्टि करें"
}
