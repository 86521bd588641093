// npm test: every check, in order — lint, typecheck, unit, integration, browser (Playwright
// against npm start's stack). Prints one closing line "N passed, N failed" over all tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.quarterdeck', 'test-reports');
mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

interface Stage {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  count?: () => { passed: number; failed: number };
}

function vitestCounts(file: string) {
  return () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  };
}

function playwrightCounts(file: string) {
  return () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
    return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky };
  };
}

const only = process.argv.slice(2);
const stages: Stage[] = ([
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  ...(['unit', 'integration'] as const).map((project): Stage => {
    const file = path.join(reports, `${project}.json`);
    return {
      name: project,
      command: bin('vitest'),
      args: ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
      count: vitestCounts(file),
    };
  }),
  {
    name: 'browser',
    command: bin('playwright'),
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'browser.json') },
    count: playwrightCounts(path.join(reports, 'browser.json')),
  },
] satisfies Stage[]).filter((stage) => only.length === 0 || only.includes(stage.name));

let passed = 0;
let failed = 0;
const failedStages: string[] = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync(stage.command, stage.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...stage.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (stage.count) {
    try {
      const counts = stage.count();
      passed += counts.passed;
      failed += counts.failed;
    } catch {
      failed += 1; // the runner crashed before writing its report
    }
  }
  if (result.status !== 0) {
    failedStages.push(stage.name);
    if (!stage.count) failed += 1;
  }
  console.log(`=== ${stage.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s) ===`);
}
if (failedStages.length > 0) console.log(`\nfailed stages: ${failedStages.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStages.length > 0 || failed > 0 ? 1 : 0);
