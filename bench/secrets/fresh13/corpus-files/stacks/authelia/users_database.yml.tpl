# managed by hand; hashes from `authelia crypto hash generate argon2`
users:
  mira:
    displayname: "Mira Lindqvist"
    password: "«argon2#mira»" ⟦D authelia-user-mira⟧
    email: mira@kettlebridge.net
    groups: [admins]
  tobi:
    displayname: "Tobias Brandt"
    password: "«argon2#tobi»" ⟦D authelia-user-tobi⟧
    email: tobi@kettlebridge.net
    groups: [admins]
  sonnenschein:
    displayname: "Bäckerei Sonnenschein"
    password: "«argon2#sonnenschein»" ⟦D authelia-user-sonnenschein⟧
    email: info@baeckerei-sonnenschein.de
    groups: [customers]
