«ssh_ed_pub:openssh_ed:deploy@munchly-ci#deploy» deploy@munchly-ci   ⟦D d-ssh-pub⟧
