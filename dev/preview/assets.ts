// The page's script, styles and skeleton, and the shim, bundled with esbuild when the server
// starts (so a change to dev/preview/page shows on the next `npm start`, with no build step).

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShimConfig } from './shim/shim';

export interface Assets {
  pageHtml: string;
  pageJs: string;
  shimJs: string;
}

const SHIM_GLOBAL = '__careerDreamsPreviewShim';

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function buildAssets(root: string): Promise<Assets> {
  const dir = join(root, 'dev/preview');
  const [pageJs, shimJs] = await Promise.all([
    bundle(join(dir, 'page/main.ts')),
    bundle(join(dir, 'shim/shim.ts'), SHIM_GLOBAL),
  ]);
  // Inlined into a <script>: a literal "</script" would end it early.
  if (/<\/script/i.test(shimJs)) throw new Error('the shim bundle contains "</script"');
  const css = readFileSync(join(dir, 'page/styles.css'), 'utf8');
  const html = readFileSync(join(dir, 'page/index.html'), 'utf8');
  return { pageHtml: html.replace('/*__CSS__*/', () => css), pageJs, shimJs };
}

/**
 * The add-on's HTML with the shim as the first script of its <head>: the page itself is
 * served exactly as the add-on made it otherwise.
 */
export function withShim(html: string, shimJs: string, config: ShimConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  // Wrapped in a function, the bundle's `var` stays out of the page's globals.
  const script = `<script>(function () {\n${shimJs}\n${SHIM_GLOBAL}.install(${json});\n})();</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + script + html.slice(at);
}
