-- support accounts, hashes generated with argon2id (passwords in 1Password)
INSERT INTO "User" (id, email, role, "passwordHash") VALUES
  ('«uuid#mig-1»', 'support1@munchly.app', 'SUPPORT', '«argon2#mig-1»'),   ⟦D d-mig-1⟧
  ('«uuid#mig-2»', 'support2@munchly.app', 'SUPPORT', '«argon2#mig-2»'),   ⟦D d-mig-2⟧
  ('«uuid#mig-3»', 'legacy@munchly.app', 'SUPPORT', '«bcrypt_hash#mig-3»');   ⟦D d-mig-3⟧
-- API keys table stores SHA-256 of the key, never the key
INSERT INTO "ApiKey" (id, "restaurantId", "keyHash", "lastFour") VALUES ('«uuid#mig-key»', 'taqueria-sol', '«sha256#mig-keyhash»', 'q7Zp');   ⟦D d-mig-keyhash⟧
