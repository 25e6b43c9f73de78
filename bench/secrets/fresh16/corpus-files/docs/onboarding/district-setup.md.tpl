# District onboarding checklist

Owner: customer success (Hannah). A new district usually goes live in two weeks.

## Week 1: contract and data

1. Signed DPA (data privacy agreement) on file in Drive → *Districts/<name>/DPA.pdf*. Most states use the SDPC
   template; Texas and California have their own.
2. Pick the rostering source: **Clever** (default), **ClassLink**, Google Classroom or a CSV upload
   (template: `api/spec/fixtures/files/roster_sample.csv`). Districts without an SIS connector drop the CSV on our
   SFTP; Maple Grove's nightly export uses `sftp://maplegrove:«pwh#sftp-maple»@sftp.classnote.io/rosters/` ⟦S ds-sftp⟧
3. Clever: the district admin approves "Classnote" in their Clever dashboard. Our app's client id is
   `«clever_id#prod»`; it is public and safe to paste in emails. ⟦D ds-clever-id⟧
   For testing use the Clever sandbox district "#DEMO Classnote Sandbox" (Clever dashboard → Sandbox);
   its district token is `«clever_token#sandbox»`. ⟦S ds-sandbox⟧
4. ClassLink: send them our OneRoster app id `«classlink_id#prod»` and wait for the roster server URL. ⟦D ds-cl-id⟧

## Week 2: LMS and meetings

- Canvas: follow `docs/onboarding/canvas-lti.md`.
- Moodle / Blackboard: we register the platform ourselves; ask for the issuer, client id and deployment id.
- Zoom or Teams: the district admin pre-approves our app in the Zoom Marketplace or grants tenant-wide
  consent at `https://login.microsoftonline.com/{tenant}/adminconsent?client_id=«uuid4#teams-app»`. ⟦D ds-teams⟧

## Go-live

- Create the district in the admin console; set `timezone`, `sso_provider` and the SMS opt-in default.
- Create the district admin's account and send the invitation (never send a password by email: the invitation
  link expires after 72 hours and makes them choose one).
- Book the teacher training (45 min) and add the district to the #customers channel topic.
