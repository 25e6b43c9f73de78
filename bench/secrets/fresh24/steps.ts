/**
 * The history of the twenty-fourth fresh repository ("ITWerk", a 300-person company's Windows IT automation repo).
 * About a quarter of the planted secrets live only in history: the module's literal service-account, SQL and vCenter
 * passwords replaced by DPAPI / SSPI / Get-Credential, a Graph client secret moved to Credential Manager, task
 * sequence passwords hidden in the console, a LAPS/BitLocker export deleted, a storage account key moved to the
 * environment, an unmerged WSUS branch, and one password that only ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh24/corpus-files/<repo path>[@vN].tpl (read at run time).
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'stefan' | 'marta' };

export const AUTHORS = {
  stefan: { name: 'Stefan Brandt', email: 'stefan.brandt@kessler-maschinenbau.de' },
  marta: { name: 'Marta Nowak', email: 'marta.nowak@kessler-maschinenbau.de' },
} as const;

const { files, tpl } = corpusFiles('fresh24');

export const STEPS: Step[] = [
  {
    message: 'ITWerk angelegt: Modul, Onboarding, Druckerskript',
    date: '2024-02-12T08:40:00Z',
    author: 'stefan',
    write: files(
      'README.md',
      '.gitignore',
      'Modules/ITWerk.Common/ITWerk.Common.psd1',
      'Modules/ITWerk.Common/ITWerk.Common.psm1',
      'scripts/onboarding/New-Employee.ps1',
      'scripts/onboarding/neu-beispiel.csv',
      'scripts/Restart-PrintSpooler.ps1',
      'docs/konventionen.md',
    ),
  },
  {
    message: 'Client-Deployment: unattend.xml, GPP für lokalen Admin und Inventar-Task, Laufwerke',
    date: '2024-03-11T10:20:00Z',
    author: 'stefan',
    write: files(
      'deploy/unattend/unattend.xml',
      'deploy/gpo/Groups.xml',
      'deploy/gpo/ScheduledTasks.xml',
      'deploy/gpo/Drives.xml',
      'scripts/Send-Inventory.ps1',
      'scripts/Export-LocalAdmins.ps1',
      'sccm/TS-Win11-Variables.xml',
      'sccm/Install-Agent.cmd',
    ),
  },
  {
    message: 'Exchange Online / Graph: Sammelpostfächer, App-Registrierung dokumentiert\n\nExchange-Anmeldung per Zertifikat, Thumbprint «thumb#exo» (LocalMachine\\My auf SRV-MGMT01). ⟦D msg-thumb⟧',
    date: '2024-03-25T14:05:00Z',
    author: 'marta',
    write: files(
      'scripts/exchange/Sync-SharedMailboxes.ps1',
      'scripts/exchange/mailbox-groups.csv',
      'scripts/exchange/app-registration.md',
      'scripts/exchange/Send-Report.ps1',
      'certs/itwerk-automation.key',
      'certs/itwerk-automation.pub.pem',
      'intune/compliance-win11.json',
      'intune/wifi-kessler.xml',
    ),
  },
  {
    message: 'VMware-Skripte, Veeam-Jobs, NAS-Sync\n\nvCenter-Passwort für svc-report nach dem Vorfall im März neu gesetzt, das alte («adm:Report#vcreport-old») ist gesperrt. ⟦S msg-vc-old⟧',
    date: '2024-04-03T16:30:00Z',
    author: 'stefan',
    write: files('scripts/vmware/Get-SnapshotReport.ps1', 'scripts/vmware/Set-HostNtp.ps1', 'backup/veeam-jobs.ps1', 'backup/nas-sync.sh'),
  },
  {
    message: 'SSIS ERP-Export und DSC für fs01',
    date: '2024-04-15T14:10:00Z',
    author: 'marta',
    write: files('ssis/ERP-Export.dtsConfig', 'ssis/README.md', 'dsc/FileServer.ps1', 'dsc/fs01.mof', 'scripts/maintenance/Test-Certificates.ps1'),
  },
  {
    message: 'WSUS-Freigabe für Pilotgruppe (Entwurf)',
    date: '2024-04-22T09:00:00Z',
    author: 'marta',
    branch: 'feature/wsus-pilot',
    write: files('scripts/wsus/Approve-Updates.ps1'),
  },
  {
    message: 'Scan-Archiv nach Azure, RDP-Verknüpfung für fs01, Zertifikatsprüfung',
    date: '2024-04-29T11:45:00Z',
    author: 'marta',
    write: files('scanner/scan-to-archive.config', 'scripts/azure/Rotate-StorageKey.ps1', 'rdp/fs01-admin.rdp', 'scripts/Set-StoredSecret.ps1'),
  },
  {
    message: 'LAPS-Rollout: Export der Clients zum Abgleich, BitLocker-Doku',
    date: '2024-05-06T15:20:00Z',
    author: 'stefan',
    write: files('exports/laps-bitlocker-2024-05.csv', 'docs/bitlocker.md', 'docs/kms.md', 'docs/changelog-intern.md', 'certs/README.md', 'scripts/Map-Drives.cmd'),
  },
  {
    message: 'LAPS-Export und privaten Schlüssel des App-Zertifikats wieder raus (gehören nicht ins Repo), Task-Sequence ohne Kennwörter\n\nLAPS-Kennwörter der fünf Geräte per Reset-LapsPassword neu gesetzt. Kennwort-Felder in der TS jetzt versteckt (OSDJoinPassword=********). ⟦D msg-masked⟧',
    date: '2024-05-07T07:55:00Z',
    author: 'stefan',
    remove: ['exports/laps-bitlocker-2024-05.csv', 'certs/itwerk-automation.key'],
    write: { 'sccm/TS-Win11-Variables.xml': tpl('sccm/TS-Win11-Variables.xml', 'v2') },
  },
  {
    message: 'Modul ohne Klartext-Kennwörter: DPAPI, SSPI, Get-Credential; Graph-Secret aus dem Credential Manager',
    date: '2024-05-13T13:30:00Z',
    author: 'marta',
    write: {
      'Modules/ITWerk.Common/ITWerk.Common.psm1': tpl('Modules/ITWerk.Common/ITWerk.Common.psm1', 'v2'),
      'scripts/exchange/Sync-SharedMailboxes.ps1': tpl('scripts/exchange/Sync-SharedMailboxes.ps1', 'v2'),
      'scanner/scan-to-archive.config': tpl('scanner/scan-to-archive.config', 'v2'),
      ...files('tests/ITWerk.Common.Tests.ps1'),
    },
  },
  {
    message: 'Software-Pakete mit Prüfsummen, AppLocker im Audit-Modus, Wiki-Seite für neue Admins, Profilbereinigung',
    date: '2024-05-21T10:10:00Z',
    author: 'stefan',
    write: files(
      'software/pakete.csv',
      'software/Install-Paket.ps1',
      'software/applocker-publisher.xml',
      'docs/neue-admins.md',
      'scripts/maintenance/Clear-OldProfiles.ps1',
    ),
  },
];
