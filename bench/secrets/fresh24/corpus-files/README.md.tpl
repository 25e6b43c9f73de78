# ITWerk

Interne IT-Automatisierung der Kessler Maschinenbau GmbH (ca. 300 MA). Gepflegt von Stefan und Marta.

## Inhalt

- `Modules/ITWerk.Common` – gemeinsames PowerShell-Modul (Logging, AD-Helfer, Verbindungen)
- `scripts/` – Onboarding, Exchange Online, VMware, Wartung
- `deploy/` – unattend.xml für die Clients, GPO-Vorlagen
- `dsc/` – DSC-Konfiguration der Fileserver
- `sccm/` – Task-Sequence-Variablen
- `ssis/` – SSIS-Paketkonfiguration für den ERP-Export
- `backup/` – Veeam- und NAS-Jobs

## Voraussetzungen

PowerShell 7.4, RSAT, `ExchangeOnlineManagement` 3.x, `VMware.PowerCLI` 13.x.

Zugangsdaten gehören in den Tresor (KeePass "IT-Admins"), nicht in dieses Repo. Skripte fragen mit
`Get-Credential` nach, wenn nichts übergeben wird.

Beispiel:

    $cred = Get-Credential -UserName 'KESSLER\adm-stefan' -Message 'Domänen-Admin'
    .\scripts\onboarding\New-Employee.ps1 -Csv .\neu.csv -Credential $cred

Für den Tenant: Tenant-ID «guid#tenant» ⟦D readme-tenant⟧
