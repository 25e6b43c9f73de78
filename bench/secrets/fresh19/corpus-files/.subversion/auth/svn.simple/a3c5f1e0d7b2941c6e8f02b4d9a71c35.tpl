K 8
passtype
V 6
simple
K 8
password
V «len:hpw#svnklaus»
«hpw#svnklaus» ⟦S svn-auth-pw⟧
K 15
svn:realmstring
V 64
<https://svn.ordertrail.de:443> Ordertrail Subversion Repository
K 8
username
V 5
klaus
END
