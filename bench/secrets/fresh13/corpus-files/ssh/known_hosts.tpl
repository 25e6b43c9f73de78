pve01.kettlebridge.net,51.75.148.203 «ssh_host#pve01-host» ⟦D kh-pve01⟧
mail01.kettlebridge.net,49.12.201.88 «ssh_host#mail01-host» ⟦D kh-mail01⟧
backup01.kettlebridge.net,49.12.201.91 «ssh_host#backup01-host» ⟦D kh-backup01⟧
[u391244.your-storagebox.de]:23 «ssh_host#storagebox-host» ⟦D kh-storagebox⟧
git.kettlebridge.net «ssh_host#gitea-host» ⟦D kh-gitea⟧
