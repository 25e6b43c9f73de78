project_id = "quillmate"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]

[db]
port = 54322
major_version = 15

[auth]
site_url = "http://localhost:3000"
additional_redirect_urls = ["https://quillmate.io"]
jwt_expiry = 3600
enable_signup = true

[auth.email.smtp]
host = "smtp.resend.com"
port = 465
user = "resend"
pass = "«resend#smtp»"   ⟦S s-sb-smtp⟧
admin_email = "hello@quillmate.io"
sender_name = "Quillmate"

[auth.external.github]
enabled = true
client_id = "«gh_client_id#supabase»"   ⟦D d-sb-ghid⟧
secret = "env(SUPABASE_AUTH_EXTERNAL_GITHUB_SECRET)"   ⟦D d-sb-ghsecret⟧

[auth.external.google]
enabled = true
client_id = "«gclient#supabase»"   ⟦D d-sb-gid⟧
secret = "«gocspx#supabase»"   ⟦S s-sb-gsecret⟧

[edge_runtime]
enabled = true
policy = "per_worker"
