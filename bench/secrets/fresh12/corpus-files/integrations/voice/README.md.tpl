# Voice prototype (not merged)

Latency budget per turn: Deepgram endpointing 300 ms + agent ~1.2 s + ElevenLabs first byte ~350 ms. Too slow for
refunds, fine for "where is my order".

Twilio number: +49 30 «digits:8#phone» (Berlin), Account SID in the code. ⟦D vr-phone⟧
Console login for the shared Twilio account is tomasz@relaydesk.ai / «pw_memorable#twilio-console» (2FA on Tomasz's phone). ⟦S vr-twilio-pw⟧

TODO: barge-in, DTMF fallback, move keys to settings before merging.
