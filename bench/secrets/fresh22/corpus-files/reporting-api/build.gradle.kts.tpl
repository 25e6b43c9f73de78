plugins {
    kotlin("jvm") version "1.9.22"
    id("io.ktor.plugin") version "2.3.7"
    kotlin("plugin.serialization") version "1.9.22"
}

group = "io.bidstream"
version = "0.9.0"

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.bidstream.io/repository/maven-releases/")
        credentials {
            username = "ci-publisher"
            password = "«nexus_tok#gradle»" ⟦S gradle-nexus-pw⟧
        }
    }
    maven {
        url = uri("https://maven.pkg.github.com/bidstream/openrtb-models")
        credentials {
            username = System.getenv("GITHUB_ACTOR")
            password = System.getenv("GITHUB_TOKEN") ⟦D gradle-gh-env⟧
        }
    }
}

dependencies {
    implementation("io.ktor:ktor-server-netty-jvm")
    implementation("io.ktor:ktor-server-auth-jwt-jvm")
    implementation("io.ktor:ktor-server-content-negotiation-jvm")
    implementation("io.ktor:ktor-serialization-kotlinx-json-jvm")
    implementation("com.clickhouse:clickhouse-jdbc:0.6.0:all")
    implementation("io.bidstream:openrtb-models:2.6.3")
    testImplementation("io.ktor:ktor-server-tests-jvm")
}
