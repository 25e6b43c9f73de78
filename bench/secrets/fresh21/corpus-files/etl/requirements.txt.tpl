simple-salesforce==1.12.5
pyairtable==2.2.1
mailchimp-marketing==3.0.80
psycopg2-binary==2.9.9
python-dotenv==1.0.0
google-cloud-bigquery==3.14.1
requests==2.31.0
tenacity==8.2.3
