// Tests in three tiers, one Jest project each:
//   unit         no build, no browser: the core, the contract, the server's pure parts, the
//                emulator, the .xlsx code, the preview's parts, the tooling (npm run test:unit)
//   integration  the built dist/ on the emulator, the preview server, the benchmark, the CLI
//   e2e          Chromium driving the real sidebar, and round trips through LibreOffice
// `npm test` builds dist/ and runs all three.
const ts = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }];

/** @type {(name: string) => import('jest').Config} */
const tier = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/tests/${name}`],
  transform: { '^.+\\.ts$': ts },
  moduleFileExtensions: ['ts', 'js', 'json'],
});

/** @type {import('jest').Config} */
module.exports = { projects: [tier('unit'), tier('integration'), tier('e2e')] };
