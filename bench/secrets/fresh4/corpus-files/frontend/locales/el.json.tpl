{
  "login.password": "Κωδικός πρόσβασης",   ⟦D d-el-password⟧
  "login.secret": "Μυστικό κλειδί εφαρμογής",   ⟦D d-el-secret⟧
  "booking.confirm": "Επιβεβαίωση ραντεβού"
}
