# smtp-doctor in a container: docker build -t smtp-doctor . && docker run --rm smtp-doctor check --host smtp.example.com
# The build stage makes the same `npm pack` tarball that npm publishes; the runtime stage installs only that
# tarball (production dependencies, no sources, no dev tools) and runs as the unprivileged `node` user.

FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json README.md LICENSE CHANGELOG.md ./
COPY bin ./bin
COPY scripts ./scripts
COPY schema ./schema
COPY src ./src
RUN npm run build && npm pack --ignore-scripts && mv smtp-doctor-*.tgz /tmp/smtp-doctor.tgz

FROM node:20-alpine
COPY --from=build /tmp/smtp-doctor.tgz /tmp/smtp-doctor.tgz
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/smtp-doctor.tgz \
  && rm /tmp/smtp-doctor.tgz && npm cache clean --force
USER node
WORKDIR /home/node
ENV NODE_ENV=production
ENTRYPOINT ["smtp-doctor"]
CMD ["--help"]
