// Hexapla never lets puppeteer download a browser: it uses the machine's Chromium (see scripts/paginate/locate.ts).
module.exports = { skipDownload: true };
