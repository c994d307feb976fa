// Types for the parts of the `hyphen` package (Liang's TeX patterns) that Hexapla uses.
declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
    html?: boolean;
    exceptions?: string[];
  }
  function createHyphenator(patterns: unknown, options?: HyphenatorOptions): (text: string) => string;
  export default createHyphenator;
}
declare module 'hyphen/patterns/*.js' {
  const patterns: unknown;
  export default patterns;
}
