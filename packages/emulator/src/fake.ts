// Base of every fake Apps Script object.
//
// Each fake class declares `implements Pick<GoogleAppsScript.X, ...>` over the methods it
// emulates, so the compiler checks them against @types/google-apps-script. Its `api` set lists
// the same names: the boundary lets the add-on call those and nothing else.

export abstract class Fake {
  /** The Apps Script class name, used in call records and messages ('Range', 'Sheet', ...). */
  abstract readonly service: string;
  /** Method names the add-on may call on this object. */
  abstract readonly api: ReadonlySet<string>;
  /** Enum-valued properties the add-on may read (SpreadsheetApp.Dimension, Ui.Button, ...). */
  readonly constants: Readonly<Record<string, unknown>> = {};

  /** What a call on this object concerns, for CallRecord.target (e.g. 'Dreams!B2:C4'). */
  target(): string | undefined {
    return undefined;
  }
}

/**
 * Views a fake as the Apps Script type it stands for. The fake implements only a subset of that
 * type (checked by its `implements Pick<...>` clause); the boundary makes any other member
 * undefined at run time, as a misspelt method would be in Apps Script.
 */
export function asGas<T>(fake: Fake): T {
  return fake as unknown as T;
}

/** The fake behind a value the add-on passed back (after the boundary unwrapped it), or a throw. */
export function fakeOf<T extends Fake>(
  value: unknown,
  // never[]: accepts a class whatever its constructor's parameters.
  cls: abstract new (...args: never[]) => T,
  method: string,
): T {
  if (value instanceof cls) return value;
  throw new Error(
    `The parameters (${describeType(value)}) don't match the method signature for ${method}.`,
  );
}

/** Apps Script names argument types like this in "parameters don't match" errors. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return Array.isArray(first)
      ? 'Object[][]'
      : `${describeType(first).replace('undefined', 'Object')}[]`;
  }
  if (value instanceof Fake) return `SpreadsheetApp.${value.service}`;
  const t = typeof value;
  if (t === 'string') return 'String';
  if (t === 'number') return 'number';
  if (t === 'boolean') return 'Boolean';
  return 'Object';
}
