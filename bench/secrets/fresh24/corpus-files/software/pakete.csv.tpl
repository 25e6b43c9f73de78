Name,Version,Quelle,SHA256,ProductCode
7-Zip,23.01,\\fs01\Software$\7zip\7z2301-x64.msi,«hexn:64#h7z»,{«guid#pc7z»} ⟦D pkg-7z⟧
Notepad++,8.6.5,\\fs01\Software$\npp\npp.8.6.5.Installer.x64.exe,«hexn:64#hnpp», ⟦D pkg-npp⟧
Adobe Reader DC,24.002.20736,\\fs01\Software$\adobe\AcroRdrDCx642400220736_de_DE.exe,«hexn:64#hacro»,{«guid#pcacro»} ⟦D pkg-acro⟧
FortiClient VPN,7.2.4,\\fs01\Software$\forti\FortiClientVPN.msi,«hexn:64#hforti»,{«guid#pcforti»} ⟦D pkg-forti⟧
SAP GUI,8.00 PL9,\\fs01\Software$\sap\SAPGUI800_9.exe,«hexn:64#hsap», ⟦D pkg-sap⟧
Veeam Agent,6.1.2,\\fs01\Software$\veeam\VeeamAgentWindows_6.1.2.exe,«hexn:64#hveeam», ⟦D pkg-veeam⟧
