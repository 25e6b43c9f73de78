[lfs]
	url = https://buildbot:«glpat#lfs»@git.pixelforge.games/skyraid/skyraid.git/info/lfs ⟦S lfs-url⟧
	locksverify = true
	concurrenttransfers = 8
[lfs "transfer"]
	maxretries = 5
