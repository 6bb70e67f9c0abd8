// `npm run bench`: service calls per sidebar action, the add-on against a cell-by-cell baseline,
// at each table size; the core's time; the bundle's size. Prints Markdown and rewrites
// docs/benchmarks.md; with --json, prints JSON instead and leaves the doc alone (a JSON run is
// for tools and comparisons, the doc is what is committed). Progress goes to stderr; for JSON
// alone on stdout, `npm run --silent bench -- --json` (without --silent npm prints a banner).
// Then the feedback time of the real sidebar with a slow server, in Chromium (bench/feedback.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { SIDEBAR_FUNCTIONS } from '../src/contract';
import { ACTIONS, EXPORTS, FOLLOW_UP_ACTIONS } from './actions';
import { measureFeedback } from './feedback';
import { timeCheckIns, timeCore } from './core-timing';
import { measure } from './measure';
import { markdown } from './report';
import { evaluateTargets, type BenchResults, type FeedbackResult, type Machine } from './results';
import { SIZES, sizeLabel } from './tables';

// npm runs scripts from the package's root.
const root = process.cwd();
const codePath = join(root, 'dist/Code.js');
const sidebarPath = join(root, 'dist/Sidebar.html');
const docPath = join(root, 'docs/benchmarks.md');

function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.arch()}`,
  };
}

/** The commit measured, and whether the code that ships (or the emulator) differs from it. */
function source(): BenchResults['source'] {
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    return run.status === 0 ? run.stdout.trim() : null;
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  const changes = git('status', '--porcelain', '--', ...SHIPPED_OR_MEASURING);
  return { commit: commit ?? 'unknown', uncommitted: changes === null ? null : changes !== '' };
}

/** What the counts and times depend on, besides bench/ itself. */
const SHIPPED_OR_MEASURING = ['src', 'packages', 'dev', 'scripts', 'appsscript.json'];

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

function run(feedback: FeedbackResult | null): BenchResults {
  for (const path of [codePath, sidebarPath]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  }
  const actions = [...ACTIONS, ...FOLLOW_UP_ACTIONS, ...EXPORTS];
  const measured = actions.map((action) => ({
    action,
    bySize: [] as ReturnType<typeof measure>[],
  }));
  const perSize: BenchResults['perSize'] = [];
  for (const size of SIZES) {
    progress(`bench: ${sizeLabel(size)}: calls of ${actions.length} actions, then core time`);
    for (const entry of measured) entry.bySize.push(measure(entry.action, size, codePath));
    const open = measured.find((m) => m.action.id === 'open');
    perSize.push({
      size,
      core: timeCore(size),
      stateBytes: open?.bySize[open.bySize.length - 1]?.answerBytes ?? 0,
    });
  }
  progress('bench: the core on years of check-ins');
  // Ten years of quarterly check-ins of a mid-sized table, and two years of the largest one.
  const checkInTimes = [
    timeCheckIns({ dreams: 5, skills: 20 }, 40),
    timeCheckIns({ dreams: 50, skills: 500 }, 4),
    timeCheckIns({ dreams: 50, skills: 500 }, 8),
  ];
  const called = new Set(actions.map((a) => a.sidebar));
  const partial: Omit<BenchResults, 'targets'> = {
    date: new Date().toISOString(),
    machine: machine(),
    source: source(),
    sizes: [...SIZES],
    actions: measured.map(({ action, bySize }) => ({
      id: action.id,
      label: action.label,
      sidebar: action.sidebar,
      ...(action.extraReads ? { extraReads: action.extraReads } : {}),
      ...(action.extraWrites ? { extraWrites: action.extraWrites } : {}),
      ...(action.budget ? { budget: action.budget } : {}),
      ...(action.guarded ? { guarded: true } : {}),
      bySize,
    })),
    perSize,
    checkInTimes,
    bundle: {
      codeJsBytes: statSync(codePath).size,
      sidebarHtmlBytes: statSync(sidebarPath).size,
    },
    exports: EXPORTS.map((a) => a.id),
    notBenchmarked: SIDEBAR_FUNCTIONS.filter((name) => !called.has(name)),
    feedback,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

async function main(): Promise<void> {
  progress('bench: feedback of the sidebar in Chromium, at 800 ms of latency');
  const results = run(await measureFeedback(root));
  report(results);
}

function report(results: BenchResults): void {
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const doc = markdown(results);
    mkdirSync(dirname(docPath), { recursive: true });
    writeFileSync(docPath, doc);
    process.stdout.write(doc);
    progress('bench: wrote docs/benchmarks.md');
  }
}

void main();
