default_platform(:ios)

platform :ios do
  lane :beta do
    match(type: "appstore", git_basic_authorization: ENV["MATCH_GIT_BASIC_AUTHORIZATION"])   ⟦D d-fastlane-env⟧
    api_key = app_store_connect_api_key(key_id: "«upper:10#asc-key»", issuer_id: "«uuid#asc-issuer»", key_filepath: "./fastlane/AuthKey.p8")   ⟦D d-fastlane-keyid⟧
    build_app(scheme: "Carelane")
    upload_to_testflight(api_key: api_key)
  end
end
