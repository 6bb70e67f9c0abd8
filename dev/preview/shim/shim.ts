// google.script.run for the add-on's HTML in the local preview. Injected by the preview server
// into the page it serves (never part of dist/): each call is checked and copied by the same
// rules as in the tests (dev/addon/wire.ts), POSTed to the preview server, which runs the
// function in the loaded dist/Code.js as the person the page was shown to, and answered through
// the success or failure handler. The page is served from the preview's second origin, as
// Google serves it from another origin than the document (server.ts): its calls go to that
// origin's /api/run, same-origin, naming their person.
// https://developers.google.com/apps-script/guides/html/reference/run

import { requestFailed, wireProblem } from '../../addon/wire';
import { PERSON_HEADER, type RunResponse } from '../protocol';

export interface ShimConfig {
  /** The script's public top-level functions: google.script.run offers exactly these. */
  functions: string[];
  /** Which HtmlOutput this page is, for google.script.host.close(). */
  htmlId: number;
  /** Whom it was shown to: the calls run as them (their selection, their lock). */
  person?: string;
  /**
   * The origin of the page showing it (the page is on another origin than the add-on's HTML,
   * as in Sheets): google.script.host's messages go there, and it is google.script.host.origin,
   * which "provides the host domain" (the page's, not the frame's:
   * https://developers.google.com/apps-script/guides/html/reference/host).
   * Default: this page's own origin.
   */
  parentOrigin?: string;
}

type Handler = (value: unknown, userObject?: unknown) => void;

/** What google.script.run's failure handler gets when the server cannot be reached. */
const NETWORK_FAILURE = 'NetworkError: Connection failure due to HTTP 0';

export function install(config: ShimConfig): void {
  const parentOrigin = config.parentOrigin ?? window.location.origin;
  // Only the page that shows this one receives it (another origin in between drops it).
  const tellPreview = (message: Record<string, unknown>): void =>
    window.parent.postMessage({ careerDreamsPreview: true, ...message }, parentOrigin);
  const send = (
    name: string,
    args: unknown[],
    success: Handler | undefined,
    failure: Handler | undefined,
    userObject: unknown,
  ): void => {
    const fail = (message: string): void => {
      const error = new Error(message);
      if (failure) failure(error, userObject);
      else console.error(`google.script.run.${name}:`, error);
    };
    for (let i = 0; i < args.length; i++) {
      const problem = wireProblem(args[i], `argument ${i}`);
      if (problem) {
        setTimeout(() => fail(requestFailed(name, problem)));
        return;
      }
    }
    // JSON makes the copy: undefined in arrays becomes null, undefined fields disappear.
    fetch('/api/run', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.person ? { [PERSON_HEADER]: encodeURIComponent(config.person) } : {}),
      },
      body: JSON.stringify({ name, args }),
    })
      .then((response) => response.json() as Promise<RunResponse>)
      .then(
        (answer) => {
          if (answer.ok) success?.(answer.value, userObject);
          else fail(answer.error);
        },
        () => fail(NETWORK_FAILURE),
      );
  };

  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): object => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure, userObject),
      withFailureHandler: (handler: Handler) => runner(success, handler, userObject),
      withUserObject: (object: unknown) => runner(success, failure, object),
    };
    for (const name of config.functions) {
      run[name] = (...args: unknown[]): void => send(name, args, success, failure, userObject);
    }
    return run;
  };

  const google = {
    script: {
      run: runner(),
      host: {
        origin: parentOrigin,
        close: (): void => tellPreview({ close: config.htmlId }),
        setHeight: (): void => undefined,
        setWidth: (): void => undefined,
        editor: { focus: (): void => tellPreview({ focusEditor: true }) },
      },
    },
  };
  (window as unknown as { google: typeof google }).google = google;
}
