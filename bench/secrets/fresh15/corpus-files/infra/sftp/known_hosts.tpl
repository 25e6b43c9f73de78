sftp.firstcontinental-bank.com ssh-ed25519 «ssh_ed_pub:bank#hostkey» ⟦D kh-1⟧
sftp-uat.firstcontinental-bank.com ssh-ed25519 «ssh_ed_pub:bankuat#hostkey» ⟦D kh-2⟧
