Set-StrictMode -Version Latest

$script:LogPath = 'C:\ITWerk\Logs'

function Write-ITLog {
    param([string]$Message, [ValidateSet('INFO','WARN','ERROR')][string]$Level = 'INFO')
    $line = '{0:yyyy-MM-dd HH:mm:ss} [{1}] {2}' -f (Get-Date), $Level, $Message
    Add-Content -Path (Join-Path $script:LogPath "itwerk-$(Get-Date -Format yyyyMMdd).log") -Value $line
}

function Get-ITCredential {
    # Passwort liegt DPAPI-verschlüsselt neben dem Skript (nur svc-itwerk auf SRV-MGMT01 kann es lesen)
    param([string]$Name = 'svc-itwerk')
    $user = "KESSLER\$Name"
    $pass = Get-Content "C:\ITWerk\Secure\$Name.txt" | ConvertTo-SecureString ⟦D psm-dpapi-read⟧
    New-Object System.Management.Automation.PSCredential($user, $pass)
}

function Get-ITSqlConnection {
    param([string]$Database = 'ITInventory')
    $cs = "Server=SQL02\INVENTAR;Database=$Database;Integrated Security=SSPI;TrustServerCertificate=True" ⟦D psm-sspi⟧
    $conn = New-Object System.Data.SqlClient.SqlConnection $cs
    $conn.Open()
    $conn
}

function Connect-ITvCenter {
    param([string]$Server = 'vcsa01.kessler.local', [pscredential]$Credential = (Get-Credential -Message 'vCenter')) ⟦D psm-getcred⟧
    Import-Module VMware.PowerCLI -ErrorAction Stop
    Connect-VIServer -Server $Server -Credential $Credential | Out-Null
}

function Connect-ITExchange {
    Connect-ExchangeOnline -AppId '«guid#exo-app»' -CertificateThumbprint '«thumb#exo»' -Organization 'kesslermb.onmicrosoft.com' -ShowBanner:$false ⟦D psm-exo-thumb⟧
}
