default_platform(:ios)

# match decrypts the certificates repo with this passphrase
ENV["MATCH_PASSWORD"] ||= "«memorable#match»" ⟦S ff-match⟧

platform :ios do
  before_all do
    setup_ci if ENV["CI"]
  end

  desc "Run the unit tests"
  lane :tests do
    run_tests(scheme: "MaisonVerte", devices: ["iPhone 15"])
  end

  desc "Build and upload to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "«apple_id10#asc-key»", ⟦D ff-keyid⟧
      issuer_id: "«uuid#asc-issuer»", ⟦D ff-issuer⟧
      key_filepath: "./fastlane/AuthKey_7QK3M2ZP4D.p8",
      in_house: false
    )
    match(type: "appstore", api_key: api_key)
    increment_build_number(build_number: latest_testflight_build_number(api_key: api_key) + 1)
    build_app(scheme: "MaisonVerte", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
    slack(message: "Nouvelle build TestFlight 🌱", slack_url: ENV["SLACK_URL"])
  end
end
