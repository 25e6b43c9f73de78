plugins {
    kotlin("jvm") version "1.9.21"
    application
}

repositories {
    maven {
        url = uri("https://nexus.werkbank.local/repository/maven-public/")
        credentials {
            username = providers.gradleProperty("nexusUser").orNull
            password = providers.gradleProperty("nexusPassword").orNull   ⟦D kts-nexus-prop⟧
        }
    }
}

dependencies {
    implementation("com.hierynomus:smbj:0.13.0")
    implementation("com.github.ajalt.clikt:clikt:4.2.1")
}

application {
    mainClass.set("de.werkbank.labels.LabelSyncKt")
}
