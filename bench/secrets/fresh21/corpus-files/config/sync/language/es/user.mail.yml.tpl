password_reset:
  subject: 'Restablecer contraseña de [user:display-name] en [site:name]'
  body: "[user:display-name],\n\nSe ha solicitado un cambio de contraseña. Puede iniciar sesión con este enlace: [user:one-time-login-url]\n\nEste enlace solo se puede usar una vez." ⟦D es-reset-body⟧
register_admin_created:
  subject: 'Un administrador ha creado una cuenta para usted en [site:name]'
  body: "[user:display-name],\n\nUsuario: [user:name]\nContraseña: su contraseña\n\n-- El equipo de [site:name]" ⟦D es-admin-created⟧
