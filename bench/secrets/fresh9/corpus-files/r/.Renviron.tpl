# Tomas's R setup for the Nordmart weekly report (RStudio Server on ml-box)
GITHUB_PAT=«ghp#tomas-renv» ⟦S renv-github-pat⟧
SNOWFLAKE_UID=TOMAS_ORTEGA
SNOWFLAKE_PWD=«pwh#tomas-sf-r» ⟦S renv-sf-pwd⟧
R_LIBS_USER=~/R/library
