app-1.hafenlog.de «ssh_ed_pub#hostkey-app1» ⟦D kh-app1⟧
db-1.hafenlog.de «ssh_ed_pub#hostkey-db1» ⟦D kh-db1⟧
