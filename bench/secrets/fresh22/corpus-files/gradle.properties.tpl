org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
kotlin.code.style=official
# GitHub Packages (openrtb-models) for local builds without the env vars
gpr.user=tobias-reuter
gpr.key=«ghp#gpr» ⟦S gradle-gpr⟧
