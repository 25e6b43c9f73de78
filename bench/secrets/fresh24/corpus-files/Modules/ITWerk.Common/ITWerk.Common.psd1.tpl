@{
    RootModule        = 'ITWerk.Common.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = '«guid#module»' ⟦D mod-guid⟧
    Author            = 'Stefan Brandt'
    CompanyName       = 'Kessler Maschinenbau GmbH'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Write-ITLog', 'Get-ITCredential', 'Connect-ITExchange', 'Connect-ITvCenter', 'Get-ITSqlConnection')
    PrivateData       = @{ PSData = @{ Tags = @('internal') } }
}
