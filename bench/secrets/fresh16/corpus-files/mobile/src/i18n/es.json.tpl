{
  "login.title": "Inicia sesión en Classnote",
  "login.email": "Correo electrónico",
  "login.password": "Contraseña", ⟦D i18n-pw⟧
  "login.forgot": "¿Olvidaste tu contraseña?", ⟦D i18n-forgot⟧
  "login.clever": "Iniciar sesión con Clever",
  "login.code": "Código de la clase",
  "login.error.invalid": "El correo o la contraseña no son correctos.", ⟦D i18n-invalid⟧
  "reset.new_password": "Nueva contraseña (mínimo 12 caracteres)", ⟦D i18n-newpw⟧
  "reset.token_expired": "El enlace para restablecer la contraseña ha caducado.",
  "submit.photo": "Tomar foto del trabajo",
  "submit.done": "¡Entregado!"
}
