import { probePython } from '../../src/harness/python';

/** An interpreter with all `modules`: python3 on PATH, or Debian's /usr/bin/python3. */
export function pythonWith(modules: string[]): string {
  for (const candidate of ['python3', '/usr/bin/python3', 'python']) {
    const probe = probePython([candidate], modules);
    if (probe && probe.missing.length === 0) return candidate;
  }
  throw new Error(`no Python with ${modules.join(', ')}; on Debian: apt-get install python3-pandas python3-sklearn python3-pytest`);
}

export const DRILL_MODULES = ['pandas', 'sklearn', 'pytest'];
