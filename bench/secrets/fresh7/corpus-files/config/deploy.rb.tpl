lock "~> 3.19.1"

set :application, "hafenlog_portal"
set :repo_url, "https://oauth2:«ghp#capistrano»@github.com/hafenlog/portal.git" ⟦S cap-repo⟧
set :deploy_to, "/srv/portal"
set :linked_files, %w[config/master.key .env]
set :keep_releases, 5

server "app-1.hafenlog.de", user: "deploy", roles: %w[app db web]
