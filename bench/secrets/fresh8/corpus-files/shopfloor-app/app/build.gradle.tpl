plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

android {
    namespace 'de.werkbank.shopfloor'
    compileSdk 34

    defaultConfig {
        applicationId "de.werkbank.shopfloor"
        minSdk 28
        targetSdk 34
        versionCode 17
        versionName "1.6.2"
        buildConfigField "String", "API_BASE", '"https://werkbank.werkbank.local/order/api/"'
        buildConfigField "String", "KEYCLOAK_CLIENT_ID", '"shopfloor-tablet"'
    }

    signingConfigs {
        release {
            storeFile file("../keystore/werkbank-release.jks")
            storePassword "«storepw#android-store»"   ⟦S gradle-storepw-v1⟧
            keyAlias "werkbank-shopfloor"   ⟦D gradle-alias⟧
            keyPassword "«storepw#android-key»"   ⟦S gradle-keypw-v1⟧
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
        }
    }
    compileOptions {
        sourceCompatibility JavaVersion.VERSION_17
        targetCompatibility JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = '17' }
}

dependencies {
    implementation 'androidx.core:core-ktx:1.12.0'
    implementation 'androidx.appcompat:appcompat:1.6.1'
    implementation 'com.google.android.material:material:1.10.0'
    implementation 'com.squareup.retrofit2:retrofit:2.9.0'
    implementation 'com.squareup.retrofit2:converter-moshi:2.9.0'
    implementation 'net.openid:appauth:0.11.1'
    implementation 'com.zebra.sdk:ZSDK_ANDROID_API:2.14.5198'
}
