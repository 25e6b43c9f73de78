pipeline {
  agent { label 'jvm' }
  environment {
    NEXUS = credentials('nexus-ci-publisher') ⟦D jenkins-cred-binding⟧
    SBT_OPTS = "-Xmx3g"
    SLACK_HOOK = "«slack#jenkins»" ⟦S jenkins-slack⟧
  }
  stages {
    stage('test') {
      steps { sh 'sbt -Dsbt.log.noformat=true test' }
    }
    stage('reporting-api') {
      steps { sh './gradlew :reporting-api:test -PnexusUser=$NEXUS_USR -PnexusPassword=$NEXUS_PSW' } ⟦D jenkins-nexus-psw⟧
    }
    stage('docker') {
      when { branch 'main' }
      steps {
        sh 'aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com'
        sh 'sbt bidder/Docker/publish'
      }
    }
    stage('deploy') {
      when { branch 'main' }
      steps {
        withCredentials([string(credentialsId: 'argocd-token', variable: 'ARGOCD_AUTH_TOKEN')]) { ⟦D jenkins-withcreds⟧
          sh 'argocd app sync bidder --grpc-web'
        }
      }
    }
  }
  post {
    failure {
      sh "curl -s -X POST -H 'Content-type: application/json' --data '{\"text\":\"build failed: ${env.BUILD_URL}\"}' ${SLACK_HOOK}"
    }
  }
}
