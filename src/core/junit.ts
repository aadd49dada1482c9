// Reads the JUnit XML that pytest writes (junit_family=xunit1, which keeps file and line).

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestResult {
  /** Stable across runs: the file's base name and the test name, e.g. "test_checks.py::test_sample_std". */
  id: string;
  name: string;
  /** As pytest reports it: relative to the run's folder, or absolute for files outside it. */
  file?: string;
  /** 1-based line of the test, or of the error for collection failures. */
  line?: number;
  outcome: Outcome;
  durationMs: number;
  /** The first line of the failure, skip reason or error. */
  message?: string;
  /** pytest's full report for a failure or error. */
  details?: string;
  /** From an "assert actual == expected" comparison in the report, when there is one. */
  expected?: string;
  actual?: string;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|quot|apos|amp);|&#(\d+);|&#x([0-9a-f]+);/gi, (entity, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[entity],
  );
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) found[match[1]] = decode(match[2]);
  return found;
}

/** The assertion message pytest shows first: the text after "AssertionError: " or the first line. */
function firstLine(message: string): string {
  const text = message.replace(/^(?:AssertionError|Failed): /, '');
  return text.split('\n')[0].trim();
}

/** "assert 3 == 4" in pytest's report gives actual 3 and expected 4. */
function comparison(details: string): { actual: string; expected: string } | undefined {
  const match = /^E\s+(?:assert|AssertionError: assert) (.+?) == (.+)$/m.exec(details);
  return match ? { actual: match[1].trim(), expected: match[2].trim() } : undefined;
}

/**
 * Where a collection error (a syntax error, a failed import) points: a syntax error's own
 * 'File "...", line N', otherwise the last "file.py:N:" frame of the traceback.
 */
function errorLocation(details: string): { file: string; line: number } | undefined {
  const location = [...details.matchAll(/File "([^"]+)", line (\d+)/g)].at(-1) ?? [...details.matchAll(/^(\S+\.py):(\d+): /gm)].at(-1);
  return location ? { file: location[1], line: Number(location[2]) } : undefined;
}

/** The exception line of a traceback ("E   SyntaxError: '(' was never closed"), which says more than "collection failure". */
function exceptionLine(details: string): string | undefined {
  return [...details.matchAll(/^E\s+(\w+(?:Error|Exception)\b.*)$/gm)].at(-1)?.[1].trim();
}

export function parseJUnit(xml: string): TestResult[] {
  const results: TestResult[] = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attrs = attributes(match[1]);
    const body = match[2] ?? '';
    const problem = /<(failure|error|skipped)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    const outcome: Outcome = problem ? (problem[1] === 'failure' ? 'failed' : (problem[1] as Outcome)) : 'passed';
    const file = attrs.file || undefined;
    const name = attrs.name ?? '';
    const result: TestResult = {
      id: `${(file ?? attrs.classname ?? '').split(/[\\/]/).pop()}::${name}`,
      name,
      file,
      line: attrs.line !== undefined ? Number(attrs.line) + 1 : undefined,
      outcome,
      durationMs: Math.round(Number(attrs.time ?? 0) * 1000),
    };
    if (problem) {
      const problemAttrs = attributes(problem[2]);
      const details = decode(problem[3] ?? '').trim();
      const reported = firstLine(problemAttrs.message ? problemAttrs.message : details);
      result.message = (outcome === 'error' && exceptionLine(details)) || reported || problem[1];
      if (details) result.details = details;
      Object.assign(result, comparison(details));
      if (outcome === 'error' && result.line === undefined) Object.assign(result, errorLocation(details));
    }
    results.push(result);
  }
  return results;
}
