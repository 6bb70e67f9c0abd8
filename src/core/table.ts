// Reading the dreams table out of a grid, following the sheet contract of docs/design.md: the first
// non-empty row holds the dreams, the non-empty cells below each dream are its skills, a cell's
// fill is its rating and its bold means "critical".
import { a1, columnLetters } from './a1';
import { NO_FILL, ratingOfColour } from './colour';
import { cellText, isErrorValue, skillKey } from './skill-name';
import type { CellRef, Dream, Grid, SkillCell, Table, Warning } from './types';

/** Reads the table. Never throws: anything odd becomes a warning. */
export function parseTable(grid: Grid): Table {
  // Fills and names repeat across a table, and reading them is most of the work: each distinct
  // one is read once per parse.
  const readColour = memo((raw: string) => {
    const fill = raw.toLowerCase();
    return { fill, ...ratingOfColour(fill) };
  });
  const readKey = memo(skillKey);
  const texts = grid.values.map((row) => row.map(cellText));
  const { lastRow, lastCol } = extent(texts);
  const headerIndex = texts.findIndex((row) => row.some((text) => text !== ''));
  if (headerIndex < 0) {
    return { headerRow: null, dreams: [], warnings: [], strayCells: [], lastRow, lastCol };
  }

  const warnings: Warning[] = [];
  const dreams: Dream[] = [];
  const strayCells: CellRef[] = [];
  const header = texts[headerIndex] ?? [];
  for (let c = 0; c < lastCol; c++) {
    const name = header[c] ?? '';
    const below = cellsBelow(texts, headerIndex, c);
    if (name === '') {
      if (below.length > 0) warnings.push(headerlessWarning(below, headerIndex + 1, c + 1));
      for (const r of below) strayCells.push({ row: r + 1, col: c + 1 });
      continue;
    }
    if (isErrorValue(name)) {
      warnings.push(errorValueWarning(name, headerIndex + 1, c + 1));
      strayCells.push({ row: headerIndex + 1, col: c + 1 });
      for (const r of below) strayCells.push({ row: r + 1, col: c + 1 });
      continue;
    }
    const skills: SkillCell[] = [];
    for (const r of below) {
      const text = texts[r]?.[c] ?? '';
      if (isErrorValue(text)) {
        warnings.push(errorValueWarning(text, r + 1, c + 1));
        strayCells.push({ row: r + 1, col: c + 1 });
        continue;
      }
      const reading = readColour(grid.backgrounds[r]?.[c] ?? NO_FILL);
      const fill = reading.fill;
      const skill: SkillCell = {
        name: text,
        key: readKey(text),
        row: r + 1,
        col: c + 1,
        rating: reading.rating,
        fill,
        critical: grid.fontWeights[r]?.[c] === 'bold',
      };
      skills.push(skill);
      if (reading.unusual) warnings.push(unusualColourWarning(skill, name, fill));
    }
    dreams.push({ name, key: skillKey(name), col: c + 1, skills });
  }
  // No push(...): a spread puts each element on the stack, and a long column overflows it.
  for (const warning of duplicateWarnings(dreams, headerIndex + 1)) warnings.push(warning);
  const block = separateBlock(texts, headerIndex);
  if (block) warnings.push(block);
  return { headerRow: headerIndex + 1, dreams, warnings, strayCells, lastRow, lastCol };
}

/** Blank rows after which content is probably something else: a second table, notes, a legend. */
export const BLOCK_GAP = 3;

/** A warning for content below a run of BLOCK_GAP or more blank rows, or null. */
function separateBlock(texts: string[][], headerIndex: number): Warning | null {
  let lastContent = headerIndex;
  for (let r = headerIndex + 1; r < texts.length; r++) {
    if (!(texts[r] ?? []).some((t) => t !== '')) continue;
    if (r - lastContent - 1 >= BLOCK_GAP) {
      return {
        code: 'separate-block',
        cell: a1(r + 1, 1),
        message:
          `Row ${r + 1} and the rows below it come after ${r - lastContent - 1} blank rows, yet they ` +
          'are read as more skills of the dreams above them. If they are a separate table or ' +
          'notes, move them to another sheet.',
      };
    }
    lastContent = r;
  }
  return null;
}

function extent(texts: string[][]): { lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === '') return;
      lastRow = Math.max(lastRow, r + 1);
      lastCol = Math.max(lastCol, c + 1);
    }),
  );
  return { lastRow, lastCol };
}

/** Zero-based rows below the header with content in column `c`. */
function cellsBelow(texts: string[][], headerIndex: number, c: number): number[] {
  const rows: number[] = [];
  for (let r = headerIndex + 1; r < texts.length; r++) {
    if ((texts[r]?.[c] ?? '') !== '') rows.push(r);
  }
  return rows;
}

/** `fn` with its answers remembered for the length of one parse. */
function memo<T>(fn: (input: string) => T): (input: string) => T {
  const seen = new Map<string, T>();
  return (input) => {
    let answer = seen.get(input);
    if (answer === undefined) {
      answer = fn(input);
      seen.set(input, answer);
    }
    return answer;
  };
}

function headerlessWarning(rows: number[], headerRow: number, col: number): Warning {
  const first = a1((rows[0] ?? 0) + 1, col);
  const count = rows.length === 1 ? 'a skill' : `${rows.length} skills`;
  return {
    code: 'headerless-skills',
    cell: first,
    message:
      `Column ${columnLetters(col)} has ${count} (from ${first}) but no dream ` +
      `in ${a1(headerRow, col)}, so they are left out. Type a dream name in ${a1(headerRow, col)} ` +
      'to include them.',
  };
}

function errorValueWarning(text: string, row: number, col: number): Warning {
  return {
    code: 'error-value',
    cell: a1(row, col),
    message: `${a1(row, col)} shows the error ${text}, not a name, so it is left out. Fix or clear that cell.`,
  };
}

function unusualColourWarning(skill: SkillCell, dream: string, colour: string): Warning {
  const cell = a1(skill.row, skill.col);
  return {
    code: 'unknown-colour',
    cell,
    message:
      `‘${skill.name}’ under ‘${dream}’ (${cell}) is filled ${colour}, which is not ` +
      'red, yellow or green, so it counts as not rated.',
  };
}

function duplicateWarnings(dreams: Dream[], headerRow: number): Warning[] {
  const warnings: Warning[] = [];
  const seenDreams = new Map<string, Dream>();
  for (const dream of dreams) {
    const first = seenDreams.get(dream.key);
    if (first) {
      warnings.push({
        code: 'duplicate-dream',
        cell: a1(headerRow, dream.col),
        message:
          `There are two dreams called ‘${dream.name}’ (${a1(headerRow, first.col)} and ${a1(headerRow, dream.col)}). They are counted as separate dreams; ` +
          'rename one so each can be told apart.',
      });
    } else {
      seenDreams.set(dream.key, dream);
    }
    const seenSkills = new Set<string>();
    for (const skill of dream.skills) {
      if (seenSkills.has(skill.key)) {
        warnings.push({
          code: 'duplicate-skill',
          cell: a1(skill.row, skill.col),
          message:
            `‘${skill.name}’ is listed twice under ‘${dream.name}’ (again in ` +
            `${a1(skill.row, skill.col)}). It counts once, with its weaker rating; remove one of them.`,
        });
      }
      seenSkills.add(skill.key);
    }
  }
  return warnings;
}
