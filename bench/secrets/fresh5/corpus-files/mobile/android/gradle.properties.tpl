org.gradle.jvmargs=-Xmx4096m -XX:MaxMetaspaceSize=1024m
android.useAndroidX=true
newArchEnabled=true
hermesEnabled=true
MUNCHLY_UPLOAD_STORE_FILE=upload.jks
MUNCHLY_UPLOAD_KEY_ALIAS=munchly-upload
MUNCHLY_UPLOAD_STORE_PASSWORD=«storepw#upload-store»   ⟦S s-gradle-storepw⟧
MUNCHLY_UPLOAD_KEY_PASSWORD=«storepw#upload-store»   ⟦S s-gradle-keypw⟧
# Mapbox downloads token for the navigation SDK (secret scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=«mapbox_sk#downloads»   ⟦S s-gradle-mapbox⟧
