{
  "loyalty": {
    "title": "Mes points Jardinier",
    "balance": "Vous avez {{ points }} points",
    "login_prompt": "Connectez-vous pour voir vos points",
    "password_reset": "Réinitialiser mon mot de passe", ⟦D loc-password⟧
    "secret_garden": "Le jardin secret : offres réservées aux membres", ⟦D loc-secret⟧
    "tiers": {
      "graine": "Graine",
      "pousse": "Pousse",
      "arbre": "Arbre"
    }
  }
}
