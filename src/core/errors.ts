// Errors a user can cause. Their message is a plain sentence that says what happened and what
// to do; the server shows it as it is. Anything else that is thrown is a bug, and the server
// replaces its message with a generic one (no stack traces reach the user).

export type UserErrorKind =
  /** The request cannot be done as asked (empty name, duplicate, nothing selected...). */
  | 'refused'
  /** The sheet changed since the sidebar last saw it; the fresh state is shown instead. */
  | 'changed'
  /** Someone else holds the lock. */
  | 'busy';

/**
 * What a question asks consent for: the label of the button that repeats the action, and a token
 * naming exactly the cells the question named, with their content (src/core/consent.ts). The
 * action goes ahead only when it is sent back and those cells still hash to it.
 */
export interface Consent {
  label: string;
  token: string;
}

export class UserError extends Error {
  /**
   * @param confirm when set, the action can go ahead if the user agrees: the button's label and
   *   the token the repeat must carry.
   */
  constructor(
    message: string,
    readonly kind: UserErrorKind = 'refused',
    readonly confirm?: Consent,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}
