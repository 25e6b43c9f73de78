---
ansible_user: deploy
ansible_ssh_private_key_file: ~/.ssh/werkbank_deploy
# sudo auf den alten CentOS-Kisten (wb-tomcat01) noch mit Passwort
ansible_become_password: «pwh#deploy-sudo»   ⟦S ans-become⟧
