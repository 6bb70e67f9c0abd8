// How a google.script.run failure is worded for the person using the sidebar.
import { plainFailure } from '../../../src/sidebar/api';

describe('plainFailure', () => {
  // What every call answers when the browser is signed in to several Google accounts
  // (https://issuetracker.google.com/issues/69270374): closing and reopening the panel does not
  // help; signing out of the other accounts, or a private window with only this one, does.
  it.each([
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    'ScriptError: Authorization is required to perform that action.',
    'Authorization is required to perform that action.',
  ])('advises one account or a private window for %p', (message) => {
    const advice = plainFailure(new Error(message));
    expect(advice).toMatch(/several Google accounts/);
    expect(advice).toMatch(/sign out of the others/);
    expect(advice).toMatch(/private window/);
    expect(advice).not.toMatch(/Close this panel/);
  });

  it('keeps the other advice for other failures', () => {
    expect(plainFailure(new Error('NetworkError: connection failure'))).toMatch(/connection/);
    expect(plainFailure('Exception: something odd')).toMatch(/Press Refresh/);
    expect(plainFailure(null)).toMatch(/Press Refresh/);
  });
});
