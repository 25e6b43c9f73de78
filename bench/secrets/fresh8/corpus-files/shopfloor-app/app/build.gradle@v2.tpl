plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

def keystoreProps = new Properties()
def keystoreFile = rootProject.file('keystore.properties')
if (keystoreFile.exists()) keystoreProps.load(new FileInputStream(keystoreFile))

android {
    namespace 'de.werkbank.shopfloor'
    compileSdk 34

    defaultConfig {
        applicationId "de.werkbank.shopfloor"
        minSdk 28
        targetSdk 34
        versionCode 21
        versionName "1.7.0"
        buildConfigField "String", "API_BASE", '"https://werkbank.werkbank.local/order/api/"'
        buildConfigField "String", "KEYCLOAK_CLIENT_ID", '"shopfloor-tablet"'
    }

    signingConfigs {
        release {
            storeFile file(keystoreProps['storeFile'] ?: System.getenv('KEYSTORE_FILE') ?: 'missing.jks')
            storePassword keystoreProps['storePassword'] ?: System.getenv('KEYSTORE_PASSWORD')   ⟦D gradle-storepw-env⟧
            keyAlias "werkbank-shopfloor"   ⟦D gradle-alias⟧
            keyPassword keystoreProps['keyPassword'] ?: System.getenv('KEY_PASSWORD')   ⟦D gradle-keypw-env⟧
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
