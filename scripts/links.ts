/**
 * Where a document symbol links to: the configured resolver, with the edition's resolver
 * language code (from its locale: the Chinese edition uses "ch", as the UN's own PDFs do).
 */
import { toResolverForm } from './symbols/index.ts';

export function symbolUrlBuilder(resolver: string, resolverCode: string): (symbol: string) => string {
  return (symbol) => resolver.replaceAll('{lang}', resolverCode).replaceAll('{symbol}', toResolverForm(symbol));
}
