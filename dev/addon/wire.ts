// What may cross google.script.run, and how it arrives on the other side. Shared by the tests
// (tests/support/loadAddon.ts) and the local preview's shim and server, so both follow one set
// of rules. Pure: runs in Node and in the browser.
//
// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well
// as JavaScript objects and arrays that are composed of primitives, objects, and arrays. ...
// Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
// prohibited type, including prohibited types inside objects or arrays. Objects that create
// circular references will also fail, and undefined fields within arrays become null. Note that
// an object passed to the server becomes a copy of the original."

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // Plain objects from any realm: their prototype is some realm's Object.prototype (or null).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Why `value` cannot cross google.script.run, or null if it can. */
export function wireProblem(value: unknown, path = 'value', seen: object[] = []): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t === 'function') return `${path} is a function`;
  if (t !== 'object') return `${path} is a ${t}`;
  const obj = value as object;
  if (Object.prototype.toString.call(obj) === '[object Date]') return `${path} is a Date`;
  if (seen.includes(obj)) return `${path} is a circular reference`;
  const inner = [...seen, obj];
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      const problem = wireProblem(obj[i], `${path}[${i}]`, inner);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(obj))
    return `${path} is not a plain object (${Object.prototype.toString.call(obj)})`;
  for (const [key, v] of Object.entries(obj)) {
    const problem = wireProblem(v, `${path}.${key}`, inner);
    if (problem) return problem;
  }
  return null;
}

/**
 * A copy as the other side receives it (undefined in arrays -> null, undefined fields dropped),
 * made by `parse` so that it belongs to the receiving realm. Check wireProblem first.
 */
export function copyAcross(value: unknown, parse: (json: string) => unknown): unknown {
  if (value === undefined) return null;
  return parse(JSON.stringify(value));
}

/** The message google.script.run gives the failure handler when arguments cannot be sent. */
export function requestFailed(name: string, problem: string): string {
  return `google.script.run.${name}: request failed: ${problem}`;
}

/** Functions whose names end with '_' are private: google.script.run cannot see them. */
export function isPrivateName(name: string): boolean {
  return name.endsWith('_');
}
