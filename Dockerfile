# Only for Render's Docker builder (render.yaml), which cannot run Jib. Anywhere else, build the
# image without a daemon: ./mvnw -B -DskipTests -pl bootstrap -am package jib:buildTar
# (docs/DEPLOYMENT.md, "The container image"). Same base, user, port and JVM flags as the Jib image
# (keep them in step with bootstrap/pom.xml's notes-mcp.jvm.flags).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM gcr.io/distroless/java21-debian12:nonroot
COPY --from=build /src/bootstrap/target/libs /app/libs
COPY --from=build /src/bootstrap/target/notes-mcp.jar /app/notes-mcp.jar
USER 65532:65532
EXPOSE 10000
ENTRYPOINT ["java", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=10", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/notes-mcp.jar"]
