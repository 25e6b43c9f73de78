«ssh_ed_pub#deploykeypub» deploy@hafenlog ⟦D deploy-pubkey⟧
