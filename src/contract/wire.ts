// What google.script.run can carry: primitives, arrays and plain objects. Dates, functions,
// Maps and class instances are dropped or refused on the way, so a wire type holding one is a
// bug that would only show in Google's runtime. This check makes it a compile error instead.
// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)

type Primitive = string | number | boolean | null | undefined;
type NotPlain =
  | ((...args: never[]) => unknown)
  | Date
  | RegExp
  | Map<unknown, unknown>
  | Set<unknown>
  | Promise<unknown>;

/** `true` when every value of type T is plain data; `false` (or `boolean`) otherwise. */
export type IsPlain<T> = T extends Primitive
  ? true
  : T extends NotPlain
    ? false
    : T extends readonly (infer U)[]
      ? IsPlain<U>
      : T extends object
        ? false extends { [K in keyof T]-?: IsPlain<T[K]> }[keyof T]
          ? false
          : true
        : false;

/** The names of the functions of `Api` whose arguments or result are not plain data. */
export type NotPlainEndpoints<Api extends Record<string, (...args: never[]) => unknown>> = {
  [K in keyof Api]: false extends IsPlain<Parameters<Api[K]>> | IsPlain<ReturnType<Api[K]>>
    ? K
    : never;
}[keyof Api];
