org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Nexus (Proxy für Google/Maven Central + unsere internen Libs)
nexusUrl=https://nexus.werkbank.local/repository/maven-public/
nexusUser=android-build
nexusPassword=«pwr#nexus-android»   ⟦S gp-nexus-v1⟧
