// The Apps Script entry file: it only re-exports. The build (scripts/build.mjs) turns each
// exported function, and each function of `endpoints`, into a top-level function declaration:
// Apps Script calls nothing else (menus, triggers, google.script.run).
export { menuOpenSidebar, menuStartTable, onInstall, onOpen } from './menu';
export { endpoints } from './endpoints';
