// The tables the benchmark runs on: dreams as columns from A1, skills below them, rated with a mix
// of the add-on's own shades and hand-picked ones, some bold. Deterministic, so the counts are.
import type { SheetFixture } from '@career-dreams/emulator';

export interface TableSize {
  dreams: number;
  skills: number;
}

export const SIZES: readonly TableSize[] = [
  { dreams: 3, skills: 10 },
  { dreams: 5, skills: 20 },
  { dreams: 20, skills: 50 },
  { dreams: 50, skills: 500 },
];

export function sizeLabel(size: TableSize): string {
  return `${size.dreams}×${size.skills}`;
}

/** The add-on's red, yellow and green, people's own red, orange and green, and no fill. */
const FILLS: readonly (string | null)[] = [
  '#ea9999',
  '#ffe599',
  '#b6d7a8',
  null,
  '#ff0000',
  '#ff9900',
  '#00ff00',
];

export function dreamName(d: number): string {
  return `Dream ${d + 1}`;
}

/**
 * Skill `i` (0-based, top to bottom) of dream `d`. Names come from a pool half as large again as
 * a column, shifted by half a column from one dream to the next, so most skills appear in about
 * two dreams out of three: the cross-dream ranking has real work to do.
 */
export function skillName(size: TableSize, i: number, d: number): string {
  const pool = Math.ceil(size.skills * 1.5);
  return `Skill ${1 + ((i + d * Math.ceil(size.skills / 2)) % pool)}`;
}

export function fillOf(i: number, d: number): string | null {
  return FILLS[(i * 5 + d * 3) % FILLS.length] ?? null;
}

export function isBold(i: number, d: number): boolean {
  return (i + 2 * d) % 5 === 0;
}

/**
 * The Dreams sheet. The sheet is larger than the table by the same margin at every size, so no
 * action has to grow it (which would add calls for the sheet's geometry, not the table's size).
 */
export function tableFixture(size: TableSize): SheetFixture {
  const dreams = Array.from({ length: size.dreams }, (_, d) => d);
  const skills = Array.from({ length: size.skills }, (_, i) => i);
  return {
    values: [dreams.map(dreamName), ...skills.map((i) => dreams.map((d) => skillName(size, i, d)))],
    backgrounds: [dreams.map(() => null), ...skills.map((i) => dreams.map((d) => fillOf(i, d)))],
    bold: [dreams.map(() => false), ...skills.map((i) => dreams.map((d) => isBold(i, d)))],
    rows: Math.max(1000, size.skills + 100),
    columns: Math.max(26, size.dreams + 10),
  };
}
