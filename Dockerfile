# Build stage: the Maven wrapper fetches Maven and the dependencies.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -q -B package -DskipTests

# Run stage: the application alone, as an unprivileged user.
FROM eclipse-temurin:17-jre
# curl: the container's health check asks the liveness probe.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 trienkhai
WORKDIR /app
COPY --from=build /src/target/trienkhai-*.jar app.jar
USER trienkhai
EXPOSE 8080
ENV TZ=Asia/Ho_Chi_Minh
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
