ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«alnum:43#deploypub_x» deploy@belegwerk ⟦D deploy-pub⟧
