lock "~> 3.19.1"

set :application, "hafenlog_portal"
set :repo_url, "git@github.com:hafenlog/portal.git" ⟦D cap-repo-ssh⟧
set :deploy_to, "/srv/portal"
set :linked_files, %w[config/master.key .env]
set :keep_releases, 5

server "app-1.hafenlog.de", user: "deploy", roles: %w[app db web]
server "app-2.hafenlog.de", user: "deploy", roles: %w[app web],
       ssh_options: { password: "«pwr#cap-app2»" } ⟦S cap-app2⟧
