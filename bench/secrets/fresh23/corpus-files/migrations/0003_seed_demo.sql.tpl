-- Demo-Kanzlei für Vorführungen (make seed)
INSERT INTO kanzleien (id, name, berater_nr) VALUES ('«uuid#kanzlei_demo»', 'Demo Steuerberatung', 1234567); ⟦D seed-uuid⟧
-- Passwort-Hash (argon2id) des Demo-Benutzers
INSERT INTO users (email, kanzlei_id, password_hash, role) VALUES
  ('demo@belegwerk.de', '«uuid#kanzlei_demo»', '$argon2id$v=19$m=65536,t=3,p=2$«b64:16#argon_salt»$«b64:32#argon_hash»', 'owner'); ⟦D seed-argon⟧
-- Support-Account (Klartext für Jannik, TODO löschen): support@belegwerk.de / «human#support_pw» ⟦S seed-support-pw⟧
INSERT INTO api_keys (kanzlei_id, prefix, key_hash) VALUES ('«uuid#kanzlei_demo»', 'bw_live_«alnum:6#apikey_prefix»', '«sha256#apikey_hash»'); ⟦D seed-apikey-hash⟧
