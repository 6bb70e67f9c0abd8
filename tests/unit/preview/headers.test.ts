// Every response's headers come from one place: framing by the preview itself only, unless an
// origin is named (for a page served to a frame of another origin).
import { responseHeaders } from '../../../dev/preview/headers';

describe('responseHeaders', () => {
  it('lets only the preview itself frame a page', () => {
    expect(responseHeaders('text/html; charset=utf-8')).toEqual({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "frame-ancestors 'self'",
      'x-frame-options': 'SAMEORIGIN',
    });
  });

  it('names another origin that may frame it, without X-Frame-Options, which cannot', () => {
    const headers = responseHeaders('text/html', ['http://127.0.0.1:8080']);
    expect(headers['content-security-policy']).toBe("frame-ancestors 'self' http://127.0.0.1:8080");
    expect(headers).not.toHaveProperty('x-frame-options');
  });

  it.each(['*', "http://a.example 'unsafe-inline'", 'http://a.example/\r\nx: y', 'a.example'])(
    'refuses %j as an origin',
    (origin) => {
      expect(() => responseHeaders('text/html', [origin])).toThrow('Not an origin');
    },
  );
});
