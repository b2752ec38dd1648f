# Relay SPA: built with Vite, served by nginx which also proxies /api to the backend.
# Build context: the repository root.
FROM node:20 AS build
WORKDIR /src
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ .
ARG VITE_KEYCLOAK_URL=http://localhost:8180
ENV VITE_KEYCLOAK_URL=$VITE_KEYCLOAK_URL
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
# The image renders templates into conf.d at start: the CSP names Keycloak from RELAY_KEYCLOAK_URL.
COPY infra/nginx/relay.conf.template /etc/nginx/templates/default.conf.template
EXPOSE 80
