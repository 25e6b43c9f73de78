default_platform(:ios)

# match repo is private; the passphrase decrypts the certificates in it
ENV["MATCH_PASSWORD"] ||= "«pw_memorable#match»" ⟦S fastlane-match⟧
ENV["MATCH_GIT_URL"] ||= "https://github.com/carebridge-health/ios-certificates.git"

platform :ios do
  def asc_key
    app_store_connect_api_key(
      key_id: "«alnum:10#asc-kid»", ⟦D fastlane-kid⟧
      issuer_id: "«uuid#asc-issuer»", ⟦D fastlane-issuer⟧
      key_content: "«p8#asc»", ⟦S fastlane-p8⟧
      in_house: false
    )
  end

  lane :beta do
    match(type: "appstore", readonly: true, api_key: asc_key)
    increment_build_number(xcodeproj: "Carebridge.xcodeproj")
    build_app(scheme: "Carebridge", configuration: "Release")
    upload_to_testflight(api_key: asc_key, skip_waiting_for_build_processing: true)
  end
end
