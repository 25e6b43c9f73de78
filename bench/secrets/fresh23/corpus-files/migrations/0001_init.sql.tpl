CREATE TABLE kanzleien (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  berater_nr INTEGER NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  kanzlei_id TEXT NOT NULL REFERENCES kanzleien(id),
  password_hash TEXT NOT NULL, ⟦D init-pwcol⟧
  role TEXT NOT NULL DEFAULT 'member'
);
CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  kanzlei_id TEXT NOT NULL REFERENCES kanzleien(id),
  prefix TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE belege (
  id TEXT PRIMARY KEY,
  kanzlei_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  storage_key TEXT NOT NULL
);
