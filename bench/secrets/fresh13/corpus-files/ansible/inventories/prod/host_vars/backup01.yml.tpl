---
# restic repos of the customer VMs are initialised from here and pruned nightly
restic_repository: "sftp:u391244@u391244.your-storagebox.de:/restic/customers"
restic_password: "«phrase#restic-customers»" ⟦S backup01-restic⟧
restic_keep_daily: 7
restic_keep_weekly: 5
restic_keep_monthly: 12
restic_prune_schedule: "Sun *-*-* 04:30:00"
storagebox_ssh_key: /root/.ssh/id_storagebox
storagebox_host_key: "[u391244.your-storagebox.de]:23 «ssh_host#storagebox-host»" ⟦D backup01-hostkey⟧
