---
:rubygems_api_key: «rubygems#fastlane-plugin»   ⟦S s-gemcred⟧
