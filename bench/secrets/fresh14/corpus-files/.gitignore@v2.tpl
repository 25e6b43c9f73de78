# Unity
client/[Ll]ibrary/
client/[Tt]emp/
client/[Oo]bj/
client/[Bb]uild/
client/[Bb]uilds/
client/[Ll]ogs/
client/[Uu]ser[Ss]ettings/
client/*.csproj
client/*.sln
*.pidb.meta
*.pdb.meta
*.mdb.meta
crashlytics-build.properties

# Go
gameserver/bin/

# Node
web/node_modules/
web/dist/
web/.env

# Python
analytics/.venv/
__pycache__/

# credentials that must never be committed again
server/.env
.p4tickets
*.p8
*-credentials.json
*.keystore

# OS
.DS_Store
Thumbs.db
