{
  "nav.shop": "Boutique",
  "nav.guides": "Guides d'entretien",
  "nav.journal": "Journal",
  "account.login": "Se connecter",
  "account.password": "Mot de passe", ⟦D i18n-password⟧
  "account.password_forgot": "Mot de passe oublié ?", ⟦D i18n-forgot⟧
  "account.password_hint": "8 caractères minimum, dont un chiffre",
  "account.token_expired": "Ce lien a expiré, demandez-en un nouveau.", ⟦D i18n-token⟧
  "newsletter.title": "Le courrier du jardin",
  "newsletter.cta": "Je m'inscris",
  "newsletter.success": "Merci ! Confirmez votre adresse dans l'e-mail que nous venons d'envoyer.",
  "care.light": "Lumière",
  "care.water": "Arrosage",
  "care.difficulty.1": "Facile",
  "care.difficulty.2": "Intermédiaire",
  "care.difficulty.3": "Pour connaisseurs"
}
