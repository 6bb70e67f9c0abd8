import type { Plugin } from 'esbuild';

/** esbuild plugin: npm packages external, the workspace packages of `root` bundled. */
export function externalPackages(root: string): Plugin;
