org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Nexus (Proxy für Google/Maven Central + unsere internen Libs)
# nexusUser / nexusPassword stehen in ~/.gradle/gradle.properties bzw. kommen auf Jenkins aus ORG_GRADLE_PROJECT_nexusPassword
nexusUrl=https://nexus.werkbank.local/repository/maven-public/
