// The plans of every action, and the pieces the server and the tests use directly.
export * from './actions';
export * from './dreams';
export * from './formatting';
export * from './names';
export * from './notes';
export * from './plan';
export * from './priorities-sheet';
export * from './selection';
export * from './skills';
