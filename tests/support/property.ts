// How many cases a property test tries, and from which seed. `npm test` runs a fixed budget from
// a fixed seed, so a red run can be replayed exactly; a longer hunt for occasional use:
//   PROPERTY_RUNS=2000 PROPERTY_SEED=$RANDOM npx jest tests/integration/property
// A failure prints its seed and path; fast-check replays it with `{ seed, path }`.
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20261201;

function fromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be a whole number, not ${text}`);
  return n;
}

/** Settings for `fc.assert`: `runs` is the budget in `npm test`, PROPERTY_RUNS overrides it. */
export function propertyParameters<T>(runs: number): Parameters<T> {
  return {
    numRuns: fromEnv('PROPERTY_RUNS') ?? runs,
    seed: fromEnv('PROPERTY_SEED') ?? DEFAULT_SEED,
    endOnFailure: true,
  };
}
