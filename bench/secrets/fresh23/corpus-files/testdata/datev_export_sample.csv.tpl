"EXTF";700;21;"Buchungsstapel";13;20240301120000000;;"BW";"belegwerk";"";1234567;10023;20240101;4;20240101;20240131;"Januar";"";1;0;0;"EUR"
Umsatz;Soll/Haben;WKZ;Konto;Gegenkonto;BU;Belegdatum;Belegfeld 1;Buchungstext;Beleglink
119,00;S;EUR;4930;1200;9;0301;RE-2024-0012;Büromaterial;BEDI "«uuid#beleg1»" ⟦D datev-beleglink⟧
59,50;S;EUR;4920;1200;9;0301;RE-2024-0013;Telefon;BEDI "«uuid#beleg2»" ⟦D datev-beleglink2⟧
