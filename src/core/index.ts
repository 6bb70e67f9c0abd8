// The core's public face: everything outside src/core imports from here, never from a file
// inside it. Pure TypeScript with no Apps Script, DOM or Node globals (src/core/tsconfig.json
// gives it none), so it runs the same in Apps Script, the sidebar, the CLI and the tests.
// The rules it implements are written down in docs/design.md.
export * from './types';
export * from './a1';
export * from './colour';
export * from './legend';
export * from './errors';
export * from './skill-name';
export * from './table';
export * from './priorities';
export * from './priorities-sheet';
export * from './priorities-sheet-check';
export * from './priorities-record';
export * from './consent';
export * from './blank-looking';
export * from './grid-edits';
export * from './locate';
export * from './guard';
export * from './guard-restore';
export * from './plans';
export * from './facts';
export * from './sheet-names';
export * from './conditional-formatting';
export * from './export';
export * from './skill-search';
export * from './library';
export * from './library/groups';
export * from './fingerprint';
export * from './follow-up';
