# Änderungen (intern)

- 2024-05: LAPS ausgerollt, GPP-Konto `kadmin` deaktiviert. Commit «hexn:40#c1» enthält noch die alte Groups.xml. ⟦D chg-sha⟧
- 2024-04: DSC für fs01, MOF-Kennwörter mit Zertifikat «thumb#dsc-fs01» verschlüsselt. ⟦D chg-thumb⟧
- 2024-04: SSIS-Export auf SQL02 umgezogen.
- 2024-03: App-Registrierung "ITWerk Automation", Exchange per Zertifikat.
- Ticket-Referenz für die Umstellung: INC-«hexn:8#inc» ⟦D chg-inc⟧
