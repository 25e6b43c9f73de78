org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
MAPBOX_DOWNLOADS_TOKEN=«mapbox_sk#downloads»   ⟦S s-mapbox-downloads⟧
RELEASE_STORE_FILE=../keystores/carelane-release.jks
RELEASE_STORE_PASSWORD=«storepw#release»   ⟦S s-android-storepw⟧
RELEASE_KEY_ALIAS=carelane
RELEASE_KEY_PASSWORD=«storepw#release-key»   ⟦S s-android-keypw⟧
