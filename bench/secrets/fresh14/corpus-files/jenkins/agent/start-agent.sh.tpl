#!/usr/bin/env bash
# Starts the linux build agent (go, node, docker) as an inbound agent of jenkins.pixelforge.games.
# Installed as /opt/jenkins/start-agent.sh, run by systemd (jenkins-agent.service).
set -euo pipefail

JENKINS_URL=https://jenkins.pixelforge.games
AGENT_NAME=linux-01
WORKDIR=/opt/jenkins/work

cd /opt/jenkins
curl -sO "$JENKINS_URL/jnlpJars/agent.jar"
exec java -Xmx2g -jar agent.jar \
  -url "$JENKINS_URL" \
  -secret «jnlp#linux-01» \ ⟦S ag-secret⟧
  -name "$AGENT_NAME" \
  -workDir "$WORKDIR" \
  -webSocket
