[app]
wb-app01.werkbank.local
wb-app02.werkbank.local

[db]
wb-sql01.werkbank.local  mssql_instance=MSSQLSERVER
wb-mes01.werkbank.local  pg_version=15

[kafka]
wb-kafka0[1:3].werkbank.local

[tomcat]
wb-tomcat01.werkbank.local

[monitoring]
wb-mon01.werkbank.local

[windows]
wb-print01.werkbank.local  ansible_host=10.20.4.10
fs01.werkbank.local        ansible_host=10.20.0.20
# Etikettenstation Versand, nicht in der Domäne (lokales Konto)
pc-versand-03              ansible_host=10.20.4.53 ansible_user=.\etikett ansible_password=«weak#pc-versand»   ⟦S inv-winrm-pw⟧

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_port=5986
