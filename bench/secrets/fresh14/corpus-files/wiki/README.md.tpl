# Wiki export

`pages-2024-04-15.xml` is the full XML dump (`php maintenance/dumpBackup.php --full`) of the old self-hosted
wiki, `LocalSettings.php` its settings. wiki.gg imported the dump on 2024-04-16; the VPS is shut down.

The dump's SHA-256 is `«sha256#wiki-dump»` (check it before re-importing). ⟦D wr-sha⟧

Accounts were not exported: editors re-registered on wiki.gg. The admin account on the old wiki was
`PixelforgeAdmin`; its password was reset before the export and the account is locked.
