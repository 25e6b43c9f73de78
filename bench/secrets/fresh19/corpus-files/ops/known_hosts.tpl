sftp.hansa-frisch.de,185.12.64.20 «ssh_pub:-#hansahost» ⟦D known-hosts-1⟧
u184220.your-storagebox.de «ssh_pub:-#sbhost» ⟦D known-hosts-2⟧
