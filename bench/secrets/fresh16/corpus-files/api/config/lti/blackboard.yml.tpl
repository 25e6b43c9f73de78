# Blackboard Learn REST application "Classnote" (developer.blackboard.com), used for grade pass-back on
# Learn Original sites that don't support LTI Advantage AGS yet. Learn admins enable it by application id.
application_id: "«uuid4#bb-rest-app»" ⟦D bb-appid⟧
key: "«uuid4#bb-rest-key»"
secret: "«bb_secret#rest»" ⟦S bb-secret⟧
token_url: https://{host}/learn/api/public/v1/oauth2/token
sites:
  lakeview: https://learn.lakeview.k12.il.us
  # test site from Blackboard's partner program; login admin / «pwh#bb-partner-site» ⟦S bb-site-pw⟧
  sandbox: https://classnote-partner.blackboard.com
