// Stands in for the `proxy-agent` package in the compiled command (scripts/compile.ts).
// puppeteer loads it only to download browsers through a proxy, which Hexapla never does (it
// uses a browser already on the machine); the real package and its dependencies (a PAC-file
// JavaScript engine among them) took 20 ms of every PDF build to load.
export class ProxyAgent {
  constructor() {
    throw new Error('hexapla does not download browsers: install one (see the README)');
  }
}
