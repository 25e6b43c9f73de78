«ansible_vault#group-all»   ⟦D d-ansible-vault-blob⟧
