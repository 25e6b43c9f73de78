@echo off
REM Druckt die Versandetiketten aus dem Export-Ordner der Lagerverwaltung auf den Zebra im Versand.
REM Läuft als geplante Aufgabe auf pc-versand-03 alle 2 Minuten.
setlocal enabledelayedexpansion

set EXPORT=\\fs01.werkbank.local\Etiketten$\export
set ARCHIV=\\fs01.werkbank.local\Etiketten$\archiv
set DRUCKER=\\localhost\ZD621-Versand

REM Laufwerk verbinden (die Station ist nicht in der Domäne)
net use E: /delete /y >nul 2>&1
net use E: \\fs01.werkbank.local\Etiketten$ /user:WERKBANK\svc_etiketten «weak#svc-etiketten» /persistent:no   ⟦S bat-netuse⟧
if errorlevel 1 (
    echo %date% %time% Netzlaufwerk nicht verfuegbar >> C:\Etiketten\log\druck.log
    exit /b 1
)

for %%f in (E:\export\*.zpl) do (
    copy /b "%%f" %DRUCKER% >nul
    if !errorlevel! == 0 (
        move "%%f" E:\archiv\ >nul
        echo %date% %time% gedruckt: %%~nxf >> C:\Etiketten\log\druck.log
    ) else (
        echo %date% %time% FEHLER: %%~nxf >> C:\Etiketten\log\druck.log
    )
)

net use E: /delete /y >nul
endlocal
