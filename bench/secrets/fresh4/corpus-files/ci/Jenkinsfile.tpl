pipeline {
  agent { label 'docker' }
  environment {
    REGISTRY_CREDS = credentials('ghcr-northbeam')   ⟦D d-jenkins-credentials⟧
  }
  stages {
    stage('test') {
      steps { sh 'make test' }
    }
    stage('deploy staging') {
      steps {
        withCredentials([string(credentialsId: 'nomad-token', variable: 'NOMAD_TOKEN')]) {   ⟦D d-jenkins-withcreds⟧
          sh 'nomad job run infra/nomad/notify.nomad.hcl'
        }
        sh "curl -fsS -u deploy:«pwh#jenkins-curl» https://releases.carelane.internal/api/notify?env=staging"   ⟦S s-jenkins-curl-u⟧
      }
    }
  }
}
