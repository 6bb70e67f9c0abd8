// Files saved by other programs: Excel's theme colours with tints, its Good / Neutral / Bad
// styles and the legacy indexed palette all read as the ratings a person sees.
import { run } from '../../../src/cli/run';
import { EXCEL_STYLED_PRIORITIES, excelStyledWorkbook } from '../../support/xlsx-fixtures';
import { tempDir, writeFile } from '../../support/roundtrip';

let dir: string;
let remove: () => void;
let file: string;

beforeAll(async () => {
  ({ dir, remove } = tempDir('styled'));
  file = writeFile(dir, 'excel-styled.xlsx', await excelStyledWorkbook());
});
afterAll(() => remove());

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

it('reads theme colours with tint, Good / Neutral / Bad and indexed colours as ratings', async () => {
  const result = await cli(['priorities', file, '--json']);
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual(EXCEL_STYLED_PRIORITIES);
});

it('prints the warning about a colour that is not a rating after the list', async () => {
  const { stdout } = await cli(['priorities', file]);
  expect(stdout).toMatch(
    /\nWarning:\n- ‘Design’ under ‘Founder’ \(C7\) is filled #[0-9a-f]{6}, which/,
  );
});
