-- PostgreSQL database dump (staging, anonymised except integrations)
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.accounts_user (id, email, password, is_staff, date_joined) FROM stdin;
1	priya@northbeam.digital	bcrypt_sha256$«bcrypt_hash#u1»	t	2023-11-02 09:14:00+00   ⟦D d-sql-hash-1⟧
2	jonas@northbeam.digital	bcrypt_sha256$«bcrypt_hash#u2»	t	2023-11-02 09:15:12+00   ⟦D d-sql-hash-2⟧
3	reception@riverside-physio.co.uk	pbkdf2_sha256$720000$«alnum:22#salt3»$«b64:32#hash3»	f	2024-01-15 08:00:00+00   ⟦D d-sql-hash-3⟧
\.

COPY public.integrations_setting (id, clinic_id, provider, key, value) FROM stdin;
1	«uuid#clinic-1»	launchdarkly	sdk_key	«ld_sdk#staging-db»   ⟦S s-sql-ld-sdk⟧
2	«uuid#clinic-1»	zendesk	subdomain	riverside   ⟦D d-sql-subdomain⟧
3	«uuid#clinic-2»	infisical	service_token	«infisical#staging-db»   ⟦S s-sql-infisical⟧
4	«uuid#clinic-2»	segment	write_key	«segment#clinic2»   ⟦D d-sql-segment⟧
\.

COPY public.appointments_appointment (id, clinic_id, patient_ref, starts_at) FROM stdin;
«uuid#appt-1»	«uuid#clinic-1»	PT-00412	2024-03-04 09:30:00+00   ⟦D d-sql-appt-uuid⟧
\.
