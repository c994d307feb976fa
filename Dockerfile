# Hexapla's reproducible build: Debian 12, Node.js 20 and one Chromium build. With the same
# inputs, this image gives the same HTML and PDF bytes as CI and as any machine with the same
# browser build (see "Reproducible builds" in README.md).
#   docker build -t hexapla .                 # builds the samples into /hexapla/dist
#   docker run --rm -v "$PWD/content:/hexapla/content" -v "$PWD/dist:/hexapla/dist" hexapla
FROM node:20.20.2-bookworm-slim

# The browser is pinned: another build can set lines differently. (Debian keeps only current
# versions in its archive; snapshot.debian.org has the older ones.)
ARG CHROMIUM_VERSION=156.0.8078.108-1~deb12u1
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      chromium=${CHROMIUM_VERSION} chromium-common=${CHROMIUM_VERSION} \
      poppler-utils qpdf ca-certificates \
 && rm -rf /var/lib/apt/lists/*

ENV PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium \
    TZ=UTC \
    LANG=C.UTF-8 \
    LC_ALL=C.UTF-8

WORKDIR /hexapla
COPY package.json package-lock.json .npmrc .puppeteerrc.cjs ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run compile && npm run build

CMD ["node", "bin/hexapla.js", "build"]
