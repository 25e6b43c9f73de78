default_platform(:ios)

ASC_KEY_ID = "8XK2Q4RM7P" ⟦D ff-kid⟧
ASC_ISSUER_ID = "«uuid#ascissuer»" ⟦D ff-issuer⟧

def asc_key
  app_store_connect_api_key(
    key_id: ASC_KEY_ID,
    issuer_id: ASC_ISSUER_ID,
    key_filepath: "fastlane/keys/AuthKey_#{ASC_KEY_ID}.p8",
    in_house: false
  )
end

platform :ios do
  desc "Build the Xcode project Unity exported and push it to TestFlight"
  lane :beta do
    api_key = asc_key
    match(type: "appstore", readonly: true, api_key: api_key)
    increment_build_number(xcodeproj: "client/Builds/iOS/Unity-iPhone.xcodeproj", build_number: ENV["BUILD_NUMBER"])
    build_app(
      project: "client/Builds/iOS/Unity-iPhone.xcodeproj",
      scheme: "Unity-iPhone",
      export_method: "app-store"
    )
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end

platform :android do
  desc "Upload the .aab Jenkins built to the internal track"
  lane :internal do
    upload_to_play_store(
      track: "internal",
      aab: Dir["../client/Builds/Android/*.aab"].max_by { |f| File.mtime(f) },
      skip_upload_metadata: true,
      skip_upload_images: true
    )
  end
end
