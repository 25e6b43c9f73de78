«rails_enc#creds» ⟦D creds-enc⟧
