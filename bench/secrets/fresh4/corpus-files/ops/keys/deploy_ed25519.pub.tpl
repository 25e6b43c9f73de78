«ssh_ed_pub:openssh_ed:deploy@carelane-ci#deploy» deploy@carelane-ci   ⟦D d-ssh-pub⟧
