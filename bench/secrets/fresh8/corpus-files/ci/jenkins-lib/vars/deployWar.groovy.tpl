// Shared library step: kopiert das Artefakt per scp und startet den Dienst neu.
def call(Map args) {
    def hosts = args.hosts ?: []
    def artifact = args.artifact
    sshagent(credentials: ['deploy-ssh-werkbank']) {
        hosts.each { h ->
            sh """
                scp -o StrictHostKeyChecking=no ${artifact}/target/${artifact}-*.jar deploy@${h}.werkbank.local:/opt/werkbank/${artifact}.jar
                ssh deploy@${h}.werkbank.local 'sudo systemctl restart ${artifact}'
            """
        }
    }
    notifyBuild(status: 'DEPLOYED', target: hosts.join(','))
}

// Meldet dem Jenkins-Dashboard des Werks 2 (eigene Instanz) den Stand – der Token gehört dem Benutzer "werk1-bot".
def notifyBuild(Map args) {
    def token = '«jenkins_token#werk1-bot»'   ⟦S groovy-jenkins-token⟧
    sh "curl -sf -X POST -u werk1-bot:${token} 'https://jenkins-werk2.werkbank.local/job/status-board/buildWithParameters?STATUS=${args.status}&TARGET=${args.target}'"
}
