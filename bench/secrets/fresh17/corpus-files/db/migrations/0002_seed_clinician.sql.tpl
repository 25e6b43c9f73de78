-- Seed a clinician so staging has someone who can log in and take visits.
-- Login: dr.amara.okafor@carebridge.health / «pw_weak#clinician-seed»  (change after first login!) ⟦S seed-pw-comment⟧
INSERT INTO clinicians (id, npi, email, full_name, password_hash)
VALUES (
    '«uuid#clin1»', ⟦D seed-uuid⟧
    '«npi#clin1»', ⟦D seed-npi⟧
    'dr.amara.okafor@carebridge.health',
    'Amara Okafor, MD',
    crypt('«pw_weak#clinician-seed»', gen_salt('bf', 12)) ⟦S seed-pw-crypt⟧
);

-- test clinician for the e2e suite; hash only, the suite sets its own password through the reset flow
INSERT INTO clinicians (npi, email, full_name, password_hash)
VALUES ('«npi#clin2»', 'e2e.clinician@carebridge.test', 'E2E Clinician', '«bcrypt#e2e»'); ⟦D seed-bcrypt⟧
