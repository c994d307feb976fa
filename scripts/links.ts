/**
 * The links Hexapla writes, and the policy every one of them passes: author links, resolver
 * links and images alike. Only https, http and mailto reach a published page, and relative
 * paths that stay inside the document; `javascript:`, `data:`, `file:` and the rest are refused,
 * however they are spelled (case, spaces, tabs, control characters, entities decoded by the parser).
 */
import { toResolverForm } from './symbols/index.ts';

export const ALLOWED_SCHEMES = ['https', 'http', 'mailto'] as const;

export type UrlVerdict =
  | { ok: true; kind: 'absolute'; url: string }
  | { ok: true; kind: 'fragment'; url: string; fragment: string }
  | { ok: true; kind: 'relative'; url: string; path: string }
  | { ok: false; reason: string };

/**
 * How a browser would read `raw`: it drops leading and trailing C0 controls and spaces and every
 * tab and newline inside, then takes the scheme case-insensitively. We judge that reading.
 */
export function checkUrl(raw: string): UrlVerdict {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (url === '') return { ok: false, reason: 'the link has no address' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(url)) return { ok: false, reason: 'the address holds control characters' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return { ok: false, reason: `the scheme "${scheme}:" is not allowed (allowed: ${ALLOWED_SCHEMES.join(', ')})` };
    if (scheme !== 'mailto' && !/^https?:\/\/[^/\\?#\s]+/i.test(url)) return { ok: false, reason: 'the address has no host' };
    return { ok: true, kind: 'absolute', url };
  }
  if (url.startsWith('#')) {
    const fragment = decodeSafely(url.slice(1));
    return fragment ? { ok: true, kind: 'fragment', url, fragment } : { ok: false, reason: 'the link points at an empty fragment' };
  }
  if (url.startsWith('//') || url.startsWith('\\') || url.startsWith('/')) return { ok: false, reason: 'absolute paths and protocol-relative addresses (//host) leave the document' };
  // A colon before any slash would be read as a scheme by some readers.
  if (/^[^/?#]*:/.test(url)) return { ok: false, reason: 'a relative path may not contain a colon before its first slash' };
  const decoded = decodeSafely(url.replace(/[?#].*$/, ''));
  if (decoded === undefined) return { ok: false, reason: 'the path is not valid percent-encoding' };
  const segments = decoded.split(/[/\\]/);
  if (segments.includes('..')) return { ok: false, reason: 'the path climbs out of the document folder (..)' };
  return { ok: true, kind: 'relative', url, path: segments.filter((s) => s !== '' && s !== '.').join('/') };
}

function decodeSafely(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Where a document symbol links to: the configured resolver, with the edition's resolver
 * language code (the Chinese edition uses "ch", as the UN's own PDFs do).
 */
export function symbolUrlBuilder(resolver: string, resolverCode: string): (symbol: string) => string {
  const withLanguage = resolver.replaceAll('{lang}', resolverCode);
  return (symbol) => withLanguage.replaceAll('{symbol}', toResolverForm(symbol));
}
