// The command line of npm start: options, and one plain sentence for anything wrong.
import { parseArgs } from '../../../dev/preview/args';

describe('parseArgs', () => {
  it('defaults to port 8080, the default workbook, no example, no added latency', () => {
    expect(parseArgs([], {})).toEqual({
      port: 8080,
      workbook: null,
      example: false,
      latency: 0,
      help: false,
    });
  });

  it('reads PORT, then --port and --workbook in either form, and --example', () => {
    expect(parseArgs([], { PORT: '9000' })).toMatchObject({ port: 9000 });
    expect(
      parseArgs(['--port', '8081', '--workbook=x.json', '--example'], { PORT: '9000' }),
    ).toEqual({
      port: 8081,
      workbook: 'x.json',
      example: true,
      latency: 0,
      help: false,
    });
    expect(parseArgs(['--port=0'], {})).toMatchObject({ port: 0 });
  });

  it('reads --latency in milliseconds, in either form', () => {
    expect(parseArgs(['--latency', '800'], {})).toMatchObject({ latency: 800 });
    expect(parseArgs(['--latency=0', '--example'], {})).toMatchObject({
      latency: 0,
      example: true,
    });
    expect(parseArgs(['--latency', '60000'], {})).toMatchObject({ latency: 60000 });
  });

  it.each([
    [
      ['--port', 'eighty'],
      {},
      'The port after --port must be a whole number from 0 to 65535, not "eighty".',
    ],
    [
      ['--port', '70000'],
      {},
      'The port after --port must be a whole number from 0 to 65535, not "70000".',
    ],
    [[], { PORT: '-1' }, 'The port in PORT must be a whole number from 0 to 65535, not "-1".'],
    [['--port'], {}, 'Give a port number after --port.'],
    [['--workbook'], {}, 'Give a file name after --workbook.'],
    [['--open'], {}, 'Unknown option "--open". Run npm start -- --help to see the options.'],
    [['--latency'], {}, 'Give a number of milliseconds after --latency.'],
    ...['slow', '-5', '0.5', '60001', ''].map(
      (text): [string[], Record<string, string>, string] => [
        ['--latency', text],
        {},
        `The latency after --latency must be a whole number of milliseconds from 0 to 60000, not "${text}".`,
      ],
    ),
  ])('refuses %j with one sentence', (argv, env, sentence) => {
    expect(parseArgs(argv, env)).toBe(sentence);
  });
});
