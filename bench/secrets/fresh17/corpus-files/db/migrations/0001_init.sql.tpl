CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE clinicians (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    npi           char(10) NOT NULL UNIQUE,
    email         text NOT NULL UNIQUE,
    full_name     text NOT NULL,
    password_hash text NOT NULL,
    mfa_secret    bytea,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinician_id  uuid NOT NULL REFERENCES clinicians(id),
    patient_ref   text NOT NULL, -- FHIR Patient id in the EHR, never the MRN
    starts_at     timestamptz NOT NULL,
    video_room    text,
    status        text NOT NULL DEFAULT 'booked'
);
