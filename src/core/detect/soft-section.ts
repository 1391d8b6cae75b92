// The site section a URL files the page under, when it is one where conflict news does not live: a page in
// /lifestyle/, /travel/ or /sport/ that names Syria is a feature, a guide or a match report, so it must clear a
// higher bar. Evidence: the dev corpus' documentary preview (/lifestyle) and travel and sports pages.
const SOFT = /\/(?:lifestyle|entertainment|tv|tv-and-radio|television|arts?|culture|music|film|movies|books|food|recipes?|travel|sports?|football|soccer|fashion|style|celebrity|horoscopes?)(?:\/|$)/i;

export function softSection(url: string | null): string | null {
  const path = url?.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '') ?? '';
  return SOFT.exec(path)?.[0].replace(/\//g, '') ?? null;
}
