# Jenkins Configuration as Code for jenkins.pixelforge.games
jenkins:
  systemMessage: "Pixelforge CI — Skyraid. Ask in #build if an agent is offline."
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: "admin"
          name: "Jenkins Admin"
          password: "${JENKINS_ADMIN_PASSWORD}" ⟦D casc-admin-env⟧
        - id: "buildbot"
          name: "Build Bot"
          password: "«pwh#jenkins-buildbot»" ⟦S casc-buildbot⟧
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false
  nodes:
    - permanent:
        name: "unity-win"
        labelString: "unity-win"
        remoteFS: "D:\\jenkins"
        launcher:
          inbound:
            workDirSettings:
              disabled: false
    - permanent:
        name: "linux-01"
        labelString: "linux"
        remoteFS: "/opt/jenkins/work"
        launcher:
          inbound:
            webSocket: true

credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "p4-buildbot"
              username: "buildbot"
              password: "«jenkins_enc#p4»" ⟦D casc-enc1⟧
          - string:
              scope: GLOBAL
              id: "android-keystore-pass"
              secret: "«jenkins_enc#keystore»" ⟦D casc-enc2⟧
          - string:
              scope: GLOBAL
              id: "discord-builds-webhook"
              secret: "«jenkins_enc#discord»" ⟦D casc-enc3⟧

unclassified:
  location:
    url: "https://jenkins.pixelforge.games/"
    adminAddress: "ci@pixelforge.games"
