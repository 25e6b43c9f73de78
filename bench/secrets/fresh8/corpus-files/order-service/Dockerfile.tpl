FROM eclipse-temurin:17-jre-jammy@«docker_digest#temurin»   ⟦D docker-digest⟧
RUN groupadd -r werkbank && useradd -r -g werkbank werkbank
WORKDIR /opt/werkbank
COPY target/order-service-*.jar app.jar
USER werkbank
EXPOSE 8080
# JASYPT_ENCRYPTOR_PASSWORD kommt per --env-file vom Host
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
