# Meldet Hardware-Inventar an SQL02 (per GPO-Task als svc-inventar)
$cs = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
$cs['Data Source'] = 'SQL02\INVENTAR'
$cs['Initial Catalog'] = 'ITInventory'
$cs['Integrated Security'] = $true
$bios = Get-CimInstance Win32_BIOS
$cs_ = Get-CimInstance Win32_ComputerSystem
$q = "INSERT INTO dbo.Hardware (Computer, Serial, Model, RamGB, Seen) VALUES (@c, @s, @m, @r, SYSUTCDATETIME())"
$conn = New-Object System.Data.SqlClient.SqlConnection $cs.ConnectionString
$conn.Open()
$cmd = $conn.CreateCommand(); $cmd.CommandText = $q
[void]$cmd.Parameters.AddWithValue('@c', $env:COMPUTERNAME)
[void]$cmd.Parameters.AddWithValue('@s', $bios.SerialNumber)
[void]$cmd.Parameters.AddWithValue('@m', $cs_.Model)
[void]$cmd.Parameters.AddWithValue('@r', [math]::Round($cs_.TotalPhysicalMemory / 1GB))
[void]$cmd.ExecuteNonQuery()
$conn.Close()
