import { spawnSync } from 'child_process';

/** What one quick run of an interpreter tells about it. */
export interface PythonProbe {
  python: string;
  version: string;
  missing: string[];
}

/** pip's names for modules whose import name differs. */
const PIP_NAMES: Record<string, string> = { sklearn: 'scikit-learn', sentence_transformers: 'sentence-transformers' };

const PROBE = [
  'import importlib.util, json, sys',
  'mods = sys.argv[1:]',
  'print(json.dumps({"version": sys.version.split()[0], "missing": [m for m in mods if importlib.util.find_spec(m) is None]}))',
].join('\n');

/**
 * Runs each candidate in order (a configured path, the Python extension's environment, python3,
 * python) and returns the first that starts, with the drill's modules it lacks; undefined when none
 * starts at all.
 */
export function probePython(candidates: string[], modules: string[]): PythonProbe | undefined {
  for (const python of candidates) {
    const result = spawnSync(python, ['-c', PROBE, ...modules], { encoding: 'utf8', timeout: 15_000 });
    if (result.status !== 0 || !result.stdout) continue;
    try {
      const { version, missing } = JSON.parse(result.stdout.trim().split('\n').pop()!) as Omit<PythonProbe, 'python'>;
      return { python, version, missing };
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The command that installs what a probe found missing, for that interpreter. */
export function installCommand(probe: PythonProbe): string {
  const quoted = /\s/.test(probe.python) ? `"${probe.python}"` : probe.python;
  return `${quoted} -m pip install ${probe.missing.map((name) => PIP_NAMES[name] ?? name).join(' ')}`;
}

export const DEFAULT_CANDIDATES = ['python3', 'python'];
