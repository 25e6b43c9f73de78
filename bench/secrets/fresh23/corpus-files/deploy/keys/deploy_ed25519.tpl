«ssh_ed:deploy@belegwerk#deploy» ⟦S deploy-sshkey⟧
