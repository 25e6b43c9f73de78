@echo off
REM Client-Push manuell, falls der automatische nicht greift
set SITE=KES
set MP=sccm01.kessler.local
net use \\sccm01\Client$ /user:KESSLER\svc-sccmpush «adm:Client#push» ⟦S sccm-netuse⟧
\\sccm01\Client$\ccmsetup.exe /mp:%MP% SMSSITECODE=%SITE% /forceinstall
net use \\sccm01\Client$ /delete /y
