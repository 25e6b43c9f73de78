Mailbox,Group
einkauf@kessler-maschinenbau.de,GG-Einkauf
vertrieb@kessler-maschinenbau.de,GG-Vertrieb
service@kessler-maschinenbau.de,GG-Service
buchhaltung@kessler-maschinenbau.de,GG-FiBu
