// What the add-on accepts as a name or a note, cleaned the way the table reads them.
import { UserError } from '../errors';
import { cellText, cleanName, isErrorValue, skillKey } from '../skill-name';

/** Longest name the add-on writes; Sheets allows far more, but a name is not an essay. */
export const MAX_NAME_LENGTH = 500;

/** Longest note the add-on writes: room for a definition and a bar, not a document. */
export const MAX_NOTE_LENGTH = 5000;

/** Cleans a name the user typed, or refuses it. */
export function validName(input: string, what: 'dream' | 'skill'): string {
  const name = cleanName(String(input ?? ''));
  // A name of joiners alone (kept in names for the scripts that need them) reads as no name.
  if (name === '' || cellText(name) === '' || skillKey(name) === '') {
    throw new UserError(`Type a name for the ${what} first.`);
  }
  // Written as text it would still read back as the error (getValues() gives an error cell as
  // that very string), and the table leaves error cells out.
  if (isErrorValue(name)) {
    throw new UserError(
      `‘${name}’ is how Sheets shows an error, so it cannot be a ${what} name: type another name.`,
    );
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new UserError(
      `That ${what} name is ${name.length} characters long; the most is ${MAX_NAME_LENGTH}. ` +
        'Shorten it, and put the details in a note on the cell instead.',
    );
  }
  return name;
}

/** A note as it will be written: line breaks made uniform, ends trimmed; or a refusal. */
export function validNote(input: string): string {
  const note = String(input ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (note.length > MAX_NOTE_LENGTH) {
    throw new UserError(
      `That note is ${note.length} characters long; the most is ${MAX_NOTE_LENGTH}. ` +
        'Keep it to what the skill means and the bar for this dream.',
    );
  }
  return note;
}
