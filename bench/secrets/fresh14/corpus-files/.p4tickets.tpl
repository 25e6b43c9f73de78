perforce.pixelforge.games:1666=mika.laine:«p4ticket#mika» ⟦S p4t-mika⟧
ssl:perforce.pixelforge.games:1666=buildbot:«p4ticket#buildbot» ⟦S p4t-bot⟧
