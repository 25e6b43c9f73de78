# Postmortem: video visits failing to connect, 2024-05-14

Status: final · Author: Priya Raman · Severity: SEV-2 · Duration: 47 minutes

## Summary

Between 14:02 and 14:49 ET, 61% of video visits failed to connect. The video service could not mint Twilio
access tokens because the API key it used had been deleted in the Twilio console during a clean-up of unused keys.

## Timeline (ET)

- 14:02 Datadog monitor "video token errors > 5%" pages on-call (Marcus).
- 14:09 Logs show `twilio: 20003 Authenticate` for every token request.
- 14:15 Marcus finds the key SID in the pod env: `«twilio_sk#prod»` — no longer listed in the console. ⟦D pm-sksid⟧
- 14:31 New API key created; the secret was pasted into #inc-0514 so Priya could update the SOPS file. ⟦D pm-paste⟧
- 14:49 Argo CD sync done, connect rate back to normal.

## Log excerpt

```
2024-05-14T18:09:12Z ERROR video token mint failed err="twilio: 20003 Authenticate" key_sid=«twilio_sk#prod» request_id=«uuid#pm-req»
2024-05-14T18:11:40Z DEBUG outbound POST https://video.twilio.com/v1/Rooms auth="Basic «twilio_basic#prod»" ⟦S pm-basic⟧
```

The second line is from a debug flag Marcus enabled for two minutes. It printed the Basic credentials of the
account (SID + auth token) into Datadog logs; those logs were deleted and the auth token rotated the same day.

## What went wrong

- Key clean-up in the Twilio console had no owner check.
- The new secret was pasted in Slack: `«twilio_secret#pm-new»` (rotated again on 05-15, see action items). ⟦S pm-slack-secret⟧
- Debug logging of outbound requests is not redacted.

## Action items

- [x] Rotate the Twilio auth token (done 05-14).
- [x] Rotate the API key pasted in Slack (done 05-15). Old one ended in `…«hex:4#pm-tail»`. ⟦D pm-tail⟧
- [ ] Redact `Authorization` in the HTTP debug transport.
- [ ] Vonage fallback behind a flag (Lena).
