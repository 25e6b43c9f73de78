BeforeAll {
    Import-Module "$PSScriptRoot\..\Modules\ITWerk.Common\ITWerk.Common.psd1" -Force
}

Describe 'Get-ITCredential' {
    It 'liefert ein PSCredential mit Domänenpräfix' {
        Mock -ModuleName ITWerk.Common Get-Content { '«dpapi#test»' } ⟦D test-dpapi⟧
        Mock -ModuleName ITWerk.Common ConvertTo-SecureString { ConvertTo-SecureString 'dummy' -AsPlainText -Force } ⟦D test-dummy⟧
        (Get-ITCredential -Name 'svc-test').UserName | Should -Be 'KESSLER\svc-test'
    }
}

Describe 'Write-ITLog' {
    It 'schreibt eine Zeile mit Level' {
        InModuleScope ITWerk.Common { $script:LogPath = $TestDrive }
        Write-ITLog -Message 'Passwort für svc-test zurückgesetzt' -Level WARN ⟦D test-logmsg⟧
        Get-Content "$TestDrive\itwerk-*.log" | Should -Match '\[WARN\]'
    }
}
