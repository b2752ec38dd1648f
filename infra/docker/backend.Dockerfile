# Relay backend: built from source with Maven, run on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
RUN mvn -q -B package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
# 8080 the API; 9080 the management interface (health, metrics): keep it off the public network.
EXPOSE 8080 9080
USER 1001
CMD ["java", "-jar", "/app/quarkus-run.jar"]
