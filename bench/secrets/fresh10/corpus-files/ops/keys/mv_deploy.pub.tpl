«ssh_ed_pub:openssh_ed:deploy@mv-web-01#deploy» deploy@mv-web-01 ⟦D key-deploy-pub⟧
