2024-04-18T19:42:07.611Z INFO  dispatch assigned order=ord_4411 courier=drv_«lower:12#drv1» trace_id=«hex:32#log-trace1» span_id=«hex:16#log-span1»   ⟦D d-log-trace⟧
2024-04-18T19:42:07.702Z INFO  stripe transfer created id=«stripe_obj:tr#log-tr» idempotency_key=«idem#log»   ⟦D d-log-transfer⟧
2024-04-18T19:42:08.013Z WARN  twilio sms queued sid=«twilio_other:SM#log-sms» to=+49151*****678   ⟦D d-log-sms⟧
2024-04-18T19:42:08.120Z INFO  bullmq job completed queue=notifications jobId=«ulid#log-job» attempts=1   ⟦D d-log-job⟧
2024-04-18T19:42:09.337Z INFO  s3 put bucket=munchly-menu-images key=«s3key#log-s3» etag="«hex:32#log-etag»"   ⟦D d-log-s3⟧
2024-04-18T19:42:10.004Z INFO  deploy build=«gh_run#log-build» commit=«sha1#log-commit» image=«docker_digest#log-image»   ⟦D d-log-build⟧
2024-04-18T19:42:11.551Z ERROR auth login failed email=a***@gmail.com reason=bad_password ip=203.0.113.7 request_id=«uuid#log-req»   ⟦D d-log-authfail⟧
