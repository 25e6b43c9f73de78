/* Login screen */
"login.title" = "Bon retour parmi nous";
"login.email" = "Adresse e-mail";
"login.password" = "Mot de passe"; ⟦D ls-password⟧
"login.password.show" = "Afficher le mot de passe";
"login.password.forgot" = "Mot de passe oublié ?"; ⟦D ls-forgot⟧
"login.error.credentials" = "E-mail ou mot de passe incorrect.";

/* Orders */
"orders.title" = "Mes commandes";
"orders.tracking" = "Suivre mon colis";
"orders.empty" = "Vous n'avez pas encore de commande. Et si vous adoptiez une plante ?";

/* Care reminders */
"reminder.water" = "C'est l'heure d'arroser %@ 💧";
"reminder.repot" = "%@ serait bien dans un pot plus grand.";
