// Shared library step: lädt das gebaute JAR in Nexus hoch (raw repository, für die Ansible-Rollen).
def call(Map args) {
    def module = args.module
    def version = readMavenPom(file: "${module}/pom.xml").version
    withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {   ⟦D groovy-withcreds⟧
        sh """
            curl -sf -u "\$NEXUS_USER:\$NEXUS_PASS" \
              --upload-file ${module}/target/${module}-${version}.jar \
              https://nexus.werkbank.local/repository/raw-releases/${module}/${version}/${module}.jar
        """
    }
}
