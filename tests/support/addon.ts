// One place to set up the built add-on on the emulator for a test: a workbook, a user (or
// two), the add-on loaded into each user's own global scope, and a typed sidebar caller.
import {
  createEmulator,
  type EmulatedUser,
  type EmulatorOptions,
  type Emulator,
  type SheetFixture,
} from '@career-dreams/emulator';
import { seenOf, type ActionResult, type SidebarApi, type SidebarState } from '../../src/contract';
import { callFromSidebar, distHtmlFiles, loadAddon, type AddonContext } from './loadAddon';

export interface Session {
  user: EmulatedUser;
  ctx: AddonContext;
  /** Calls a sidebar function through google.script.run's copying rules. */
  call<K extends keyof SidebarApi & string>(
    name: K,
    ...args: Parameters<SidebarApi[K]>
  ): ReturnType<SidebarApi[K]>;
}

export function session(emu: Emulator, email: string): Session {
  const user = emu.user(email);
  const ctx = loadAddon(user);
  return { user, ctx, call: (name, ...args) => callFromSidebar(ctx, name, ...args) };
}

/** A workbook with the given sheets, and Alice using it. */
export function setup(
  sheets: Record<string, SheetFixture> = {},
  options: Omit<EmulatorOptions, 'files'> = {},
): {
  emu: Emulator;
  alice: Session;
} {
  const emu = createEmulator({ ...options, files: distHtmlFiles() });
  for (const [name, fixture] of Object.entries(sheets)) emu.workbook.loadSheet(name, fixture);
  return { emu, alice: session(emu, 'alice@example.com') };
}

/** The state of a successful answer; fails the test with the server's message otherwise. */
export function ok(result: ActionResult): SidebarState {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.state;
}

/** The message of a refusal; fails the test if the action succeeded. */
export function refused(result: ActionResult): string {
  if (result.ok) throw new Error(`expected a refusal, got success: ${result.message ?? ''}`);
  return result.error;
}

/** Skill names and ratings per dream, compactly, for assertions. */
export function summary(state: SidebarState): Record<string, string[]> {
  return Object.fromEntries(
    state.dreams.map((d) => [
      d.name,
      d.skills.map((s) => `${s.name}:${s.rating}${s.critical ? '!' : ''}`),
    ]),
  );
}

/**
 * A plan item as the person's Plan panel shows it (one getFollowUp), which a confirmed removal
 * sends back: what removePlanItem's second argument carries from the sidebar.
 */
export function seenItem(
  a: Session,
  ref: { skill: string; action: string },
): ReturnType<typeof seenOf> {
  const view = a.call('getFollowUp');
  if (!view.ok) throw new Error(`getFollowUp was refused: ${view.error}`);
  const item = view.followUp.plan.items.find(
    (i) => i.skill.toLowerCase() === ref.skill.toLowerCase() && i.action === ref.action,
  );
  if (!item) throw new Error(`no plan item ‘${ref.action}’ for ‘${ref.skill}’`);
  return seenOf(item);
}
