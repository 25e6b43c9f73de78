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

# moved from Wasabi to B2 in April (90-day minimum storage charge); bucket has object lock, 30 days
[b2]
type = b2
account = «b2_id#offsite» ⟦D rclone-b2-id⟧
key = «b2_key#offsite» ⟦S rclone-b2-key⟧
hard_delete = false
