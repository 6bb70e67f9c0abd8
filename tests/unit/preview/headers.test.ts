// Every response's headers come from one place: framing by the preview itself only, unless
// origins are named (the add-on's HTML, served on a second origin to the page's frames): then
// by those only, not even by the response's own origin.
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

  it('names the other origins that may frame it, only them, without X-Frame-Options, which cannot', () => {
    const headers = responseHeaders('text/html', ['http://127.0.0.1:8080']);
    expect(headers['content-security-policy']).toBe('frame-ancestors http://127.0.0.1:8080');
    expect(headers).not.toHaveProperty('x-frame-options');
    expect(
      responseHeaders('text/html', ['http://127.0.0.1:8080', 'http://localhost:8080'])[
        'content-security-policy'
      ],
    ).toBe('frame-ancestors http://127.0.0.1:8080 http://localhost:8080');
  });

  it('lets no one frame it when the list is empty', () => {
    const headers = responseHeaders('application/json', []);
    expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it.each(['*', "http://a.example 'unsafe-inline'", 'http://a.example/\r\nx: y', 'a.example'])(
    'refuses %j as an origin',
    (origin) => {
      expect(() => responseHeaders('text/html', [origin])).toThrow('Not an origin');
    },
  );
});
