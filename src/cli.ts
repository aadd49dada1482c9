// The drills without an editor, for CI and content authors:
//   node dist/cli.js list
//   node dist/cli.js scaffold <drill> <dir>           creates <dir>/<drill> (or <drill>-2, ...)
//   node dist/cli.js test <attempt-dir> [--python P] [--timeout SECONDS]
// Exit code 0 only when every test passes.
import * as fs from 'fs';
import * as path from 'path';
import { parseContentIndex } from './core/contentIndex';
import { INDEX_FILE } from './core/schema';
import { readAttempt, runDrillTests, scaffoldAttempt } from './harness/drills';
import { DEFAULT_CANDIDATES, installCommand, probePython } from './harness/python';

const contentDir = path.join(__dirname, 'content');

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function drillById(id: string) {
  const content = parseContentIndex(fs.readFileSync(path.join(contentDir, INDEX_FILE), 'utf8'));
  const drill = content.index.drills.find((candidate) => candidate.id === id);
  if (!drill) throw new Error(`no drill "${id}"; drills: ${content.index.drills.map((d) => d.id).join(', ')}`);
  return drill;
}

async function main(args: string[]): Promise<number> {
  const [command, first, second] = args;
  if (command === 'list') {
    const content = parseContentIndex(fs.readFileSync(path.join(contentDir, INDEX_FILE), 'utf8'));
    for (const drill of content.index.drills) console.log(`${drill.id}\t${drill.minutes} min\t${drill.title}`);
    return 0;
  }
  if (command === 'scaffold' && first && second) {
    console.log(scaffoldAttempt(contentDir, drillById(first), path.resolve(second)));
    return 0;
  }
  if (command === 'test' && first) {
    const folder = path.resolve(first);
    const drill = drillById(readAttempt(folder).drill);
    const configured = option(args, 'python');
    const probe = probePython(configured ? [configured] : DEFAULT_CANDIDATES, drill.modules);
    if (!probe) throw new Error(`no Python found (tried ${configured ?? DEFAULT_CANDIDATES.join(', ')}); install Python 3 or pass --python`);
    if (probe.missing.length) throw new Error(`${probe.python} (Python ${probe.version}) lacks ${probe.missing.join(', ')}; install with: ${installCommand(probe)}`);
    const result = await runDrillTests(contentDir, drill, folder, probe.python, Number(option(args, 'timeout') ?? 60) * 1000);
    for (const test of result.tests) {
      const where = test.file && test.line ? ` (${test.file}:${test.line})` : '';
      console.log(`${test.outcome.padEnd(7)} ${test.id}${test.message ? `: ${test.message}` : ''}${test.outcome === 'passed' ? '' : where}`);
    }
    if (result.status === 'timeout') console.log(`The tests were stopped after ${option(args, 'timeout') ?? 60} s; look for an endless loop.`);
    if (result.status === 'crashed') console.log(result.output);
    console.log(`${result.passed} passed, ${result.total - result.passed} failed`);
    return result.status === 'completed' && result.total > 0 && result.passed === result.total ? 0 : 1;
  }
  console.error('usage: cli.js list | scaffold <drill> <dir> | test <attempt-dir> [--python P] [--timeout SECONDS]');
  return 2;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
