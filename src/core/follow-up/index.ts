// The record sheets after the conversation (Plan, Check-ins) and the why of each dream.
export * from './types';
export * from './dates';
export * from './plan-sheet';
export * from './check-ins';
export * from './progress';
export * from './motivations';
export * from './sheet-lookup';
export * from './legend';
export * from './actions';
export * from './record-guard';
// How a sentence repeats a cell's text (the sidebar's arguments are named the same way).
export { quoted } from './header';
