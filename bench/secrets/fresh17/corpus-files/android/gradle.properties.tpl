org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# release signing (CI injects the keystore file; passwords live here so the local release build works)
CAREBRIDGE_UPLOAD_STORE_FILE=../keystore/upload.jks
CAREBRIDGE_UPLOAD_STORE_PASSWORD=«pw_human#keystore» ⟦S gradle-storepw⟧
CAREBRIDGE_UPLOAD_KEY_ALIAS=upload
CAREBRIDGE_UPLOAD_KEY_PASSWORD=«pw_human#keystore» ⟦S gradle-keypw⟧
