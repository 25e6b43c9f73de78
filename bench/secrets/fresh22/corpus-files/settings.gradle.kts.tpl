rootProject.name = "bidstream-jvm"
include(":reporting-api")
