// Pipeline für order-service und die Legacy-WAR
@Library('werkbank-jenkins-lib@main') _

pipeline {
    agent { label 'linux-maven' }
    options {
        buildDiscarder(logRotator(numToKeepStr: '20'))
        timeout(time: 45, unit: 'MINUTES')
    }
    environment {
        NEXUS = credentials('nexus-deploy')   ⟦D jf-credentials⟧
        SONAR_TOKEN = credentials('sonarqube-token')
        JASYPT_ENCRYPTOR_PASSWORD = credentials('jasypt-werkbank')
    }
    stages {
        stage('Build') {
            steps {
                configFileProvider([configFile(fileId: 'maven-settings-werkbank', variable: 'MVN_SETTINGS')]) {
                    sh 'cd order-service && ./mvnw -B -s $MVN_SETTINGS verify'
                }
            }
        }
        stage('Sonar') {
            steps {
                sh 'cd order-service && ./mvnw -B sonar:sonar -Dsonar.host.url=https://sonar.werkbank.local -Dsonar.token=$SONAR_TOKEN'   ⟦D jf-sonar-env⟧
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                nexusPublish(module: 'order-service')
            }
        }
        stage('Deploy legacy WAR') {
            when { branch 'main' }
            steps {
                // Tomcat-Manager-API: Text-Interface, Rolle manager-script
                sh '''
                    curl -sf -u jenkins-deploy:«pwu#tomcat-deploy» \   ⟦S jf-curl-u⟧
                      -T legacy/lager/target/lager.war \
                      "https://wb-tomcat01.werkbank.local:8443/manager/text/deploy?path=/lager&update=true"
                '''
            }
        }
        stage('Deploy order-service') {
            when { branch 'main' }
            steps {
                deployWar(hosts: ['wb-app01', 'wb-app02'], artifact: 'order-service')
            }
        }
    }
    post {
        failure {
            office365ConnectorSend webhookUrl: "${env.TEAMS_CI_WEBHOOK}", status: 'FAILURE'   ⟦D jf-teams-env⟧
        }
    }
}
