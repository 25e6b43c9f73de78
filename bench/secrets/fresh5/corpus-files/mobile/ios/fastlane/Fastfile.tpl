default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] = "«memorable#match»"   ⟦S s-fastlane-match⟧
    ENV["FASTLANE_USER"] = "kwame@munchly.app"
  end

  lane :beta do
    app_store_connect_api_key(
      key_id: "«upper:10#asc-key-id»",   ⟦D d-fastlane-keyid⟧
      issuer_id: "«uuid#asc-issuer»",   ⟦D d-fastlane-issuer⟧
      key_filepath: "./fastlane/AuthKey.p8"
    )
    match(type: "appstore", readonly: true, git_url: "https://kwame-munchly:«ghp#match-repo»@github.com/munchly/certificates.git")   ⟦S s-fastlane-match-url⟧
    build_app(scheme: "Munchly")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end

  lane :certs_export do
    sh("openssl pkcs12 -export -in dist.pem -inkey dist.key -out dist.p12 -passout pass:«pwh#dist-p12»")   ⟦S s-fastlane-p12⟧
  end
end
