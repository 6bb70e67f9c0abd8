// A scripted answer left unused must not answer a later, unrelated dialog.
import { Button, createEmulator } from '@career-dreams/emulator';

it('discardAnswers drops the answers not used', () => {
  const alice = createEmulator().user('alice@example.com');
  alice.ui.respondNext(Button.YES, Button.NO);
  expect(alice.ui.discardAnswers()).toBe(2);
  expect(alice.ui.pending()).toBe(0);
  const ui = alice.globals.SpreadsheetApp.getUi();
  expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow('no scripted answer');
});
