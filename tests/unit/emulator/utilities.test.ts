// Utilities.formatDate with SimpleDateFormat patterns, through Intl.
import { createEmulator } from '@career-dreams/emulator';

const { Utilities } = createEmulator().user('alice@example.com').globals;
// 2024-03-05 14:07:09.042 UTC, a Tuesday
const when = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 42)) as unknown as GoogleAppsScript.Base.Date;

describe('Utilities.formatDate', () => {
  it('formats the common patterns in the given zone', () => {
    expect(Utilities.formatDate(when, 'Etc/UTC', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2024-03-05 14:07:09',
    );
    expect(Utilities.formatDate(when, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2024-03-05 15:07');
    expect(Utilities.formatDate(when, 'America/Los_Angeles', 'd/M/yy h:mm a')).toBe(
      '5/3/24 6:07 AM',
    );
    expect(Utilities.formatDate(when, 'Asia/Kolkata', "EEE, MMM d ''yy 'at' HH:mm Z")).toBe(
      "Tue, Mar 5 '24 at 19:37 +0530",
    );
    expect(Utilities.formatDate(when, 'Etc/UTC', 'EEEE MMMM dd, SSS XXX')).toBe(
      'Tuesday March 05, 042 Z',
    );
  });

  it('z prints a zone name', () => {
    expect(Utilities.formatDate(when, 'America/Los_Angeles', 'HH:mm z')).toBe('06:07 PST');
    expect(Utilities.formatDate(when, 'Etc/UTC', 'z')).toBe('UTC');
  });

  it('refuses letters it does not emulate and bad zones', () => {
    expect(() => Utilities.formatDate(when, 'Etc/UTC', 'yyyy QQ')).toThrow("pattern letter 'Q'");
    expect(() => Utilities.formatDate(when, 'Not/AZone', 'yyyy')).toThrow();
  });
});
