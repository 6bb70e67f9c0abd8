// The headers every response of the preview carries, in one place. Framing: the preview's pages
// may be shown in a frame only by the preview itself (no other site can overlay them and trick
// a click), plus the origins named here, for a page served to a frame of another origin.

const COMMON = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** An origin as frame-ancestors takes it: scheme, host and port, nothing that ends the header. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * The headers of a response of this content type. `frameAncestors`: other origins that may
 * frame it, besides the preview's own (none for now).
 */
export function responseHeaders(
  contentType: string,
  frameAncestors: readonly string[] = [],
): Record<string, string> {
  for (const origin of frameAncestors) {
    if (!ORIGIN.test(origin)) throw new Error(`Not an origin: ${JSON.stringify(origin)}.`);
  }
  const headers: Record<string, string> = {
    ...COMMON,
    'content-type': contentType,
    'content-security-policy': ["frame-ancestors 'self'", ...frameAncestors].join(' '),
  };
  // X-Frame-Options cannot name another origin; browsers that know frame-ancestors ignore it.
  if (frameAncestors.length === 0) headers['x-frame-options'] = 'SAMEORIGIN';
  return headers;
}
