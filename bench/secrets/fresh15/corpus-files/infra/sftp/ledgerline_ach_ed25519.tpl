«openssh_ed:ledgerline_ach@batch-01#ach» ⟦S sftp-privkey⟧
