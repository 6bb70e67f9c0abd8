// What ships: the files `clasp push` uploads from dist/, checked as built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIDEBAR_FUNCTIONS } from '../../../src/contract';
import { LIBRARY_DATA } from '../../../src/core';
import { DIST } from '../../support/paths';

const dist = (name: string) => readFileSync(join(DIST, name), 'utf8');

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(dist('appsscript.json')) as {
    runtimeVersion: string;
    oauthScopes: string[];
  };

  it('asks for exactly the two scopes of least privilege', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8', () => {
    expect(manifest.runtimeVersion).toBe('V8');
  });
});

describe('dist/Code.js', () => {
  const code = dist('Code.js');

  it.each([...SIDEBAR_FUNCTIONS, 'onOpen', 'onInstall', 'menuStartTable', 'menuOpenSidebar'])(
    'declares %s as a top-level function, which is all Apps Script can call',
    (name) => {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    },
  );

  it('references no network, Drive or mail service and no external URL', () => {
    expect(code).not.toMatch(/UrlFetchApp|DriveApp|GmailApp|MailApp|XMLHttpRequest|\bfetch\(/);
    expect(code).not.toMatch(/https?:\/\//);
  });
});

describe('dist/Sidebar.html', () => {
  const html = dist('Sidebar.html');

  it('inlines its script and styles and loads nothing from outside', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  it('never builds markup from strings', () => {
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('stays small enough to open at once (under 60 KB, as the benchmark counts: 60,000 bytes)', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(60_000);
  });

  it('leaves the skills library to the server, which sends it once', () => {
    const [, firstDefinition] = LIBRARY_DATA.groups[0]!.skills[0]!;
    expect(firstDefinition).toBeTruthy();
    expect(html).not.toContain(firstDefinition);
    expect(dist('Code.js')).toContain(firstDefinition);
  });
});
