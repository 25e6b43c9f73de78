app_identifier("fr.maisonverte.app")
apple_id("apps@maisonverte.fr")
itc_team_id("«digits:9#itc-team»") ⟦D af-itc⟧
team_id("«apple_id10#team»")
