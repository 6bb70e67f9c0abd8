// A typed promise wrapper over google.script.run. The contract (src/contract) names every
// server function with its arguments and result, so a renamed function or a changed shape is a
// compile error here, not a surprise in the middle of a conversation.
import { ENDPOINTS, type ActionResult, type SidebarApi } from '../contract';

/** The part of google.script.run this sidebar uses (declared here: no extra type packages). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/** A failure worded for the person using the sidebar: never a stack trace. */
export class ApiError extends Error {}

/** How long to wait before telling the person something seems stuck. */
const TIMEOUT_MS = 90_000;

function scriptRun(): ScriptRun | null {
  const g = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return g && g.script && g.script.run ? g.script.run : null;
}

/** Turns whatever the failure handler received into one plain sentence. */
export function plainFailure(error: unknown): string {
  const raw =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  // Every call fails so when the browser is signed in to several Google accounts, a known
  // limitation of Apps Script: https://issuetracker.google.com/issues/69270374 and
  // https://developers.google.com/apps-script/guides/support/troubleshooting#issues-multiple
  // Reopening the panel does not help; one account, or a private window, does.
  if (/authori[sz]|permission|access denied/i.test(raw)) {
    return 'Google refused the request. If this browser is signed in to several Google accounts, sign out of the others, or open the spreadsheet in a private window with only this account. Otherwise reopen the add-on from the Extensions menu and allow it.';
  }
  if (
    (typeof navigator !== 'undefined' && navigator.onLine === false) ||
    /network|offline|connect/i.test(raw)
  ) {
    return 'The sidebar could not reach the spreadsheet. Check your connection, then try again.';
  }
  return 'Something went wrong while talking to the spreadsheet. Press Refresh to see where things stand, then try again.';
}

function isActionResult(value: unknown): value is ActionResult {
  return (
    !!value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

function isLibraryData(value: unknown): boolean {
  return !!value && Array.isArray((value as { groups?: unknown }).groups);
}

/** What a well-formed answer looks like, by what the contract's table says the function answers. */
function wellFormed(name: keyof SidebarApi, value: unknown): boolean {
  // Notes answers carry `ok` like ActionResults do.
  return ENDPOINTS[name].answers === 'library' ? isLibraryData(value) : isActionResult(value);
}

export function call<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(
        new ApiError(
          'This panel only works inside Google Sheets, opened from the Extensions menu.',
        ),
      );
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(
        new ApiError(
          'The spreadsheet is taking a long time to answer. Press Refresh in a moment to see where things stand.',
        ),
      );
    }, TIMEOUT_MS);
    const runner = run
      .withSuccessHandler((value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (wellFormed(name, value)) resolve(value as ReturnType<SidebarApi[K]>);
        else reject(new ApiError(plainFailure(null)));
      })
      .withFailureHandler((error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // The details are for whoever opens the browser console, not for the sidebar.
        console.error(`Career Dreams: ${name} failed`, error);
        reject(new ApiError(plainFailure(error)));
      });
    const fn = (runner as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      settled = true;
      clearTimeout(timer);
      reject(
        new ApiError(
          'This panel is out of date. Close it and open it again from the Extensions menu.',
        ),
      );
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
