Django==4.2.11 \
    --hash=sha256:«sha256#django-whl» ⟦D req-hash1⟧
celery==5.3.6 \
    --hash=sha256:«sha256#celery-whl» ⟦D req-hash2⟧
django-environ==0.11.2
django-storages[s3]==1.14.2
django-anymail[mailgun]==10.3
djangorestframework==3.15.1
docusign-esign==3.27.0
simple-salesforce==1.12.5
stripe==8.11.0
twilio==9.0.4
hubspot-api-client==8.2.1
sentry-sdk==1.44.1
argon2-cffi==23.1.0
rets==0.4.11
