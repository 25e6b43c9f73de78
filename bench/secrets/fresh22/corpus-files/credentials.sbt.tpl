// local copy so CI can resolve our private artifacts; TODO move to ~/.sbt
credentials += Credentials(
  "Sonatype Nexus Repository Manager",
  "nexus.bidstream.io",
  "ci-publisher",
  "«nexus_tok#sbt»" ⟦S sbt-nexus⟧
)
