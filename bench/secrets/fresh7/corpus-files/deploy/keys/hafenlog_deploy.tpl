«openssh_ed:deploy@hafenlog#deploykey» ⟦S deploy-privkey⟧
