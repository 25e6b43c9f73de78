# read by `npx expo start` and EAS local builds; EXPO_PUBLIC_* ends up in the JS bundle
EXPO_PUBLIC_API_URL=https://api-staging.classnote.io
EXPO_PUBLIC_SEGMENT_WRITE_KEY=«segment#mobile» ⟦D menv-segment⟧
EXPO_PUBLIC_REVIEW_BUILD=0
# for `eas build --local` and `eas update` from a laptop (robot user "classnote-ci")
EXPO_TOKEN=«eas_token#robot» ⟦S menv-expo⟧
