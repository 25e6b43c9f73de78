Set-StrictMode -Version Latest

$script:LogPath = 'C:\ITWerk\Logs'

function Write-ITLog {
    param([string]$Message, [ValidateSet('INFO','WARN','ERROR')][string]$Level = 'INFO')
    $line = '{0:yyyy-MM-dd HH:mm:ss} [{1}] {2}' -f (Get-Date), $Level, $Message
    Add-Content -Path (Join-Path $script:LogPath "itwerk-$(Get-Date -Format yyyyMMdd).log") -Value $line
}

function Get-ITCredential {
    # Dienstkonto für geplante Tasks auf SRV-MGMT01
    param([string]$Name = 'svc-itwerk')
    $user = "KESSLER\$Name"
    $pass = ConvertTo-SecureString '«adm:Kessler#svc-itwerk»' -AsPlainText -Force ⟦S psm-svc⟧
    New-Object System.Management.Automation.PSCredential($user, $pass)
}

function Get-ITSqlConnection {
    param([string]$Database = 'ITInventory')
    $cs = "Server=SQL02\INVENTAR;Database=$Database;User Id=itwerk_rw;Password=«strong#sqlrw»;TrustServerCertificate=True" ⟦S psm-sql⟧
    $conn = New-Object System.Data.SqlClient.SqlConnection $cs
    $conn.Open()
    $conn
}

function Connect-ITvCenter {
    param([string]$Server = 'vcsa01.kessler.local')
    Import-Module VMware.PowerCLI -ErrorAction Stop
    Connect-VIServer -Server $Server -User 'administrator@vsphere.local' -Password '«adm:Vsphere#vcsa»' | Out-Null ⟦S psm-vc⟧
}
