# Agendas web app. Build:  docker build -t agendas .
# Run:                     docker run -p 8080:8080 -v agendas-data:/data agendas
# The SQLite database lives on the /data volume; the seed letters ship in the image and are imported
# (idempotently) at every start, so a first start on an empty volume already shows the five meetings.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files alone, so that the package layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Agendas.Core/Agendas.Core.csproj src/Agendas.Core/
COPY src/Agendas.Data/Agendas.Data.csproj src/Agendas.Data/
COPY src/Agendas.Web/Agendas.Web.csproj src/Agendas.Web/
RUN dotnet restore src/Agendas.Web/Agendas.Web.csproj

COPY seeds/ seeds/
COPY src/ src/
# The same publish the tests check (tests/Agendas.Web.Tests/PublishTests.cs): the app, topics.json and seeds/.
RUN dotnet publish src/Agendas.Web/Agendas.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The image's non-root user (APP_UID) owns the database folder; everything else stays read-only to it.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data

ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Agendas="Data Source=/data/agendas.db" \
    Agendas__SeedDirectory=/app/seeds \
    Agendas__ImportSeedsOnStartup=true

USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Agendas.Web.dll"]
