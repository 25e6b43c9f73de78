# rclone on backup01: offsite copy of the restic repositories (storage box -> object storage)
[storagebox]
type = sftp
host = u391244.your-storagebox.de
user = u391244
port = 23
pass = «rclone_obscured#storagebox» ⟦S rclone-sftp-pass⟧
shell_type = unix
md5sum_command = md5 -r
sha1sum_command = sha1 -r

[wasabi]
type = s3
provider = Wasabi
access_key_id = «wasabi_id#offsite» ⟦D rclone-wasabi-id⟧
secret_access_key = «wasabi_secret#offsite» ⟦S rclone-wasabi-secret⟧
region = eu-central-2
endpoint = s3.eu-central-2.wasabisys.com
acl = private
