# Migration SVN → Git (2017)

Status: done on 2017-09-18. This page stays as a record of how we did it and what is still open.

## What was migrated

- `svn.ordertrail.de/repos/ordertrail/trunk` up to **r4812** (tags `release-3.x` as git tags, branches dropped
  except `edi-2016`).
- Authors were mapped with `authors.txt` (SVN login → name and e-mail), e.g. `klaus = Klaus Brenner <klaus@ordertrail.de>`.
- The SVN repository UUID is `«uuid#svnrepo2»`; every converted commit ends with a line like ⟦D mig-svn-uuid⟧
  `git-svn-id: https://svn.ordertrail.de/repos/ordertrail/trunk@4812 «uuid#svnrepo2»`.

Command (run on the old build box, takes ~3 hours):

```sh
git svn clone https://svn.ordertrail.de/repos/ordertrail --stdlayout --username=klaus \ ⟦D mig-gitsvn-cmd⟧
    --authors-file=authors.txt --prefix=svn/ ordertrail-git
```

`git svn` asks for the SVN password once and caches it in `~/.subversion/auth/` — which is how that folder ended up
committed in the first import. It has been removed (see below), the SVN server is read-only now.

## New Git server

Gitea on `git.ordertrail.de` (VM on the Hetzner box). Accounts are created by Klaus. Until LDAP login works, everyone
got the same temporary password for the first login: `«hpw#giteatemp»` – please change it on first login! ⟦S mig-temp-pw⟧

## Things that were in SVN and should not have been

| What | Where | Done |
| --- | --- | --- |
| SVN auth cache | `.subversion/` | removed in git, password changed on svn.ordertrail.de |
| Old SQL dump with the settings table | `sql/ordertrail_dump_2011.sql` | removed; PayPal API password rotated |
| DB password in `.htaccess` | `.htaccess` | open (needs the vhost change) |

Revisions worth knowing: r3120 (CodeIgniter 1.7 upgrade), r4002 (Zend reports), r4655 (UPS SOAP switch). The git
commit for r4812 is `«sha1#r4812»`. ⟦D mig-commit-sha⟧
