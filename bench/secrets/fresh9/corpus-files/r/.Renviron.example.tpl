# copy to ~/.Renviron (not into the repo) and fill in
GITHUB_PAT=ghp_your_token_here ⟦D renvex-ghp⟧
SNOWFLAKE_UID=YOUR_SNOWFLAKE_USER
SNOWFLAKE_PWD= ⟦D renvex-pwd⟧
