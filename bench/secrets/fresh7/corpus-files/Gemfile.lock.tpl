GEM
  remote: https://rubygems.org/
  specs:
    devise (4.9.4)
    sidekiq (7.2.4)
    omniauth-google-oauth2 (1.1.2)

PLATFORMS
  x86_64-linux

CHECKSUMS
  devise (4.9.4) sha256=«sha256#gem-devise» ⟦D gem-sum1⟧
  sidekiq (7.2.4) sha256=«sha256#gem-sidekiq» ⟦D gem-sum2⟧

BUNDLED WITH
   2.5.11
