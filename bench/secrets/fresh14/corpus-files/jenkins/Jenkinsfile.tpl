// Skyraid client + server pipeline. Runs on the Windows build agent (unity) and the linux agent (go, node).
pipeline {
  agent none
  options { timestamps(); buildDiscarder(logRotator(numToKeepStr: '40')) }
  environment {
    UNITY_VERSION = '2022.3.21f1'
    BUILD_NUMBER_PADDED = "${env.BUILD_NUMBER.padLeft(5, '0')}"
  }
  stages {
    stage('Sync art from Perforce') {
      agent { label 'unity-win' }
      steps {
        withCredentials([usernamePassword(credentialsId: 'p4-buildbot', usernameVariable: 'P4USER', passwordVariable: 'P4PASSWD')]) { ⟦D jf-withcreds⟧
          bat 'p4 -p ssl:perforce.pixelforge.games:1666 -c skyraid-build-win sync //skyraid/main/Art/...#head'
        }
      }
    }
    stage('Unity Android') {
      agent { label 'unity-win' }
      steps {
        withCredentials([string(credentialsId: 'android-keystore-pass', variable: 'SKYRAID_KEYSTORE_PASS')]) {
          bat "\"C:\\Program Files\\Unity\\Hub\\Editor\\%UNITY_VERSION%\\Editor\\Unity.exe\" -batchmode -quit -projectPath client -executeMethod Pixelforge.Skyraid.EditorTools.BuildScript.Android -buildNumber %BUILD_NUMBER% -logFile -"
        }
      }
    }
    stage('Steam upload') {
      agent { label 'unity-win' }
      when { branch 'release/*' }
      steps {
        bat 'steamcmd +login pixelforge_build «pwh#steam-build» +run_app_build ..\\scripts\\app_build_skyraid.vdf +quit' ⟦S jf-steamcmd⟧
      }
    }
    stage('Game server image') {
      agent { label 'linux' }
      steps {
        sh 'docker build -t europe-west3-docker.pkg.dev/pixelforge-prod/skyraid/gameserver:${BUILD_NUMBER} gameserver'
        sh 'docker push europe-west3-docker.pkg.dev/pixelforge-prod/skyraid/gameserver:${BUILD_NUMBER}'
      }
    }
    stage('Notify') {
      agent { label 'linux' }
      steps {
        sh "curl -s -H 'Content-Type: application/json' -d '{\"content\":\"build ${BUILD_NUMBER} done\"}' ${DISCORD_BUILDS_WEBHOOK}" ⟦D jf-webhook-var⟧
      }
    }
  }
}
