# P4CONFIG for the Windows build agent workspace (set P4CONFIG=.p4config in the agent's environment).
P4PORT=ssl:perforce.pixelforge.games:1666
P4USER=buildbot
P4CLIENT=skyraid-build-win
P4PASSWD=«pwh#p4-buildbot» ⟦S p4c-pass⟧
P4CHARSET=utf8
P4IGNORE=.p4ignore
# fingerprint of the server's TLS key, as `p4 trust` prints it
P4TRUST_FP=«certfp#p4» ⟦D p4c-fp⟧
