[DEFAULT]
host = https://adb-«digits:16#dbx-ws».7.azuredatabricks.net
token = «databricks#dbx-tomas» ⟦S dbx-cfg-default⟧

