# KMS / Aktivierung

KMS-Host: `kms01.kessler.local` (DNS-SRV `_vlmcs._tcp`). Clients aus dem Image haben den öffentlichen
GVLK-Schlüssel von Microsoft (steht so in der Microsoft-Doku "KMS client activation and product keys"):

| Edition | GVLK |
|---------|------|
| Windows 11 Enterprise | NPPR9-FWDCX-D2C8J-H872K-2YT43 | ⟦D kms-ent⟧
| Windows 11 Pro | W269N-WFGWX-YVC9B-4J6C9-T83GX | ⟦D kms-pro⟧
| Windows Server 2022 Standard | VDYBN-27WPP-V4HQT-9VMD4-VMK7H | ⟦D kms-srv⟧

    slmgr /ipk NPPR9-FWDCX-D2C8J-H872K-2YT43 ⟦D kms-cmd⟧
    slmgr /skms kms01.kessler.local
    slmgr /ato

Aktivierungs-ID zum Prüfen: `slmgr /dlv` zeigt z. B. Activation ID «guid#kms-act» ⟦D kms-actid⟧
