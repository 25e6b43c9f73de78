Computer,OU,LAPS-Passwort,LAPS-Ablauf,BitLocker-ID,BitLocker-Wiederherstellungsschlüssel
KES-NB-0112,Clients/Vertrieb,«strong#laps-0112»,2024-06-02,{«guid#bl-id-0112»},«bitlocker#0112» ⟦S csv-0112⟧
KES-NB-0113,Clients/Vertrieb,«strong#laps-0113»,2024-06-02,{«guid#bl-id-0113»},«bitlocker#0113» ⟦S csv-0113⟧
KES-PC-0217,Clients/Fertigung,«strong#laps-0217»,2024-05-30,{«guid#bl-id-0217»},«bitlocker#0217» ⟦S csv-0217⟧
KES-PC-0220,Clients/Fertigung,«strong#laps-0220»,2024-05-30,{«guid#bl-id-0220»},«bitlocker#0220» ⟦S csv-0220⟧
KES-NB-0301,Clients/GF,«strong#laps-0301»,2024-06-05,{«guid#bl-id-0301»},«bitlocker#0301» ⟦S csv-0301⟧
