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

export class UserError extends Error {
  /**
   * @param confirm when set, the action can go ahead if the user agrees: the label of the button
   *   that repeats it with their consent (e.g. "Replace it").
   */
  constructor(
    message: string,
    readonly kind: UserErrorKind = 'refused',
    readonly confirm?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError';
}
