priya:«apr1#priya»   ⟦D d-htpasswd-1⟧
femi:«apr1#femi»   ⟦D d-htpasswd-2⟧
