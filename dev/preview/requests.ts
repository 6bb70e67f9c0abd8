// What the preview's JSON API accepts: each action's fields and their types, checked before the
// action runs, so a malformed request (from a bug, or not from the page at all) gets a 400 and
// one sentence, never a 500 or a half-done action.

/** A request the preview refuses, with the sentence to show and its HTTP status. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    message: string,
    /** 400 by default; 413 for too large, 422 for a file that cannot be used, 409 for busy. */
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A field's type; a trailing ? means it may be missing (or null). */
type Field = 'text' | 'text?' | 'texts' | 'texts?' | 'integer' | 'boolean?' | 'list';

/** The POST actions of /api/… whose body is JSON, and the fields each one reads. */
export const JSON_ACTIONS: Record<string, Record<string, Field>> = {
  '/api/join': { as: 'text?' },
  '/api/select': { sheet: 'text', ranges: 'texts?' },
  '/api/input': { sheet: 'text', cell: 'text', text: 'text' },
  '/api/clear': { sheet: 'text', ranges: 'texts' },
  '/api/format': { sheet: 'text', ranges: 'texts', fill: 'text?', bold: 'boolean?' },
  '/api/structure': { sheet: 'text', action: 'text', position: 'integer' },
  '/api/menu': { functionName: 'text' },
  '/api/run': { name: 'text', args: 'list' },
  '/api/dialog': { id: 'integer', button: 'text', text: 'text?' },
  '/api/toast/dismiss': { id: 'integer' },
  '/api/sidebar/close': {},
  '/api/modal/close': {},
  '/api/example': {},
  '/api/new': {},
};

const WHAT: Record<string, string> = {
  text: 'text',
  texts: 'a list of text',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
};

function fits(value: unknown, type: string): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'texts':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return Array.isArray(value);
  }
}

/** The body, parsed and checked for `action`; throws a RequestError saying what is wrong. */
export function checkedBody(action: string, text: string): Record<string, unknown> {
  const fields = Object.prototype.hasOwnProperty.call(JSON_ACTIONS, action)
    ? JSON_ACTIONS[action]
    : undefined;
  if (!fields) throw new RequestError('There is no such action.');
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new RequestError('That request is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError('That request is not a JSON object.');
  }
  const record = body as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    const optional = field.endsWith('?');
    const type = optional ? field.slice(0, -1) : field;
    // Own fields only: "constructor" or "__proto__" never comes from the prototype.
    const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
    if (value === undefined || value === null) {
      if (optional) continue;
      throw new RequestError(`That request has no “${name}”.`);
    }
    if (!fits(value, type)) {
      throw new RequestError(`In that request, “${name}” must be ${WHAT[type]}.`);
    }
  }
  return record;
}
