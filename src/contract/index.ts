// The sidebar <-> server contract: the endpoint table and the view types that cross the wire.
// See docs/design.md, "Architecture".
export * from './endpoints';
export * from './views';
export type { IsPlain, NotPlainEndpoints } from './wire';
