Handover notes for the new on-call engineer, encrypted to the ops key (decrypt with `gpg -d`).

«pgp_msg#handover»   ⟦D d-pgp-message⟧
