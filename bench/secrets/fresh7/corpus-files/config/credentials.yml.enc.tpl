«rails_enc#cred» ⟦D cred-enc⟧
