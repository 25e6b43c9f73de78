-- Seed data for a fresh staging database: QA accounts, the starter catalogue and one test season.
-- Passwords are bcrypt hashes produced by Nakama's AuthenticateEmail; the plain ones are in the QA sheet.

INSERT INTO users (id, username, display_name, email, password, create_time)
VALUES
  ('«uuid#qa1»', 'qa_lead', 'QA Lead', 'qa-lead@pixelforge.games', '«bcrypt_hash#qa1»', now()), ⟦D seed-hash1⟧
  ('«uuid#qa2»', 'qa_android', 'QA Android', 'qa-android@pixelforge.games', '«bcrypt_hash#qa2»', now()), ⟦D seed-hash2⟧
  ('«uuid#qa3»', 'qa_ios', 'QA iOS', 'qa-ios@pixelforge.games', '«bcrypt_hash#qa3»', now()); ⟦D seed-hash3⟧

-- the store reviewer account (Apple/Google review teams log in with it): keep in sync with App Store Connect notes
-- reviewer: review@pixelforge.games / «weak#reviewer» ⟦S seed-reviewer⟧

INSERT INTO skyraid_catalog (sku, name, price_cents, currency)
VALUES
  ('gems_100', '100 Gems', 199, 'USD'),
  ('gems_550', '550 Gems', 999, 'USD'),
  ('season_pass_3', 'Season 3 Pass', 899, 'USD'),
  ('starter_bundle', 'Starter Bundle', 499, 'USD');

INSERT INTO skyraid_seasons (id, name, starts_at, ends_at)
VALUES (3, 'Season 3: Ember Skies', '2024-03-01T00:00:00Z', '2024-05-31T23:59:59Z');
