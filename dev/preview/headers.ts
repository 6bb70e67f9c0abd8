// The headers every response of the preview carries, in one place. Framing: the page's own
// responses may be shown in a frame only by the page itself (no other site can overlay them and
// trick a click); the add-on's HTML, served from the preview's second origin (server.ts, as
// Google serves it from googleusercontent.com), only by the page that shows it.

const COMMON = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** An origin as frame-ancestors takes it: scheme, host and port, nothing that ends the header. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * The headers of a response of this content type. `frameAncestors`: the origins that may frame
 * it, and only they (not even the response's own origin); none given: only its own origin.
 * An empty list: no one.
 */
export function responseHeaders(
  contentType: string,
  frameAncestors?: readonly string[],
): Record<string, string> {
  for (const origin of frameAncestors ?? []) {
    if (!ORIGIN.test(origin)) throw new Error(`Not an origin: ${JSON.stringify(origin)}.`);
  }
  const ancestors =
    frameAncestors === undefined
      ? "'self'"
      : frameAncestors.length === 0
        ? "'none'"
        : frameAncestors.join(' ');
  const headers: Record<string, string> = {
    ...COMMON,
    'content-type': contentType,
    'content-security-policy': `frame-ancestors ${ancestors}`,
  };
  // X-Frame-Options cannot name another origin; browsers that know frame-ancestors ignore it.
  if (frameAncestors === undefined) headers['x-frame-options'] = 'SAMEORIGIN';
  else if (frameAncestors.length === 0) headers['x-frame-options'] = 'DENY';
  return headers;
}
