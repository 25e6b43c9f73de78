# Zusätzliche Einträge für /etc/fstab auf wb-app01/wb-app02 (per Ansible, Rolle "shares")
# <Quelle>                                  <Ziel>                 <Typ>  <Optionen>
//fs01.werkbank.local/Zeichnungen$          /mnt/zeichnungen       cifs   credentials=/etc/werkbank/.smbcredentials-zeichnungen,uid=werkbank,gid=werkbank,vers=3.0,ro,_netdev   ⟦D fstab-credfile⟧
//fs01.werkbank.local/Etiketten$            /mnt/etiketten         cifs   username=svc_etiketten,password=«weak#svc-etiketten»,domain=WERKBANK,vers=3.0,_netdev   ⟦S fstab-inline-pw⟧
//nas-backup.werkbank.local/werkbank        /mnt/backup            nfs4   defaults,_netdev,noatime
