import matter from 'gray-matter';

/** A markdown file split into its YAML front matter and body, with enough to point at lines. */
export interface ParsedFile {
  /** Path relative to drills/, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** The front matter's lines as written, for locating keys in messages. */
  frontMatterLines: string[];
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; line: number; message: string };

const refuseEngine = () => {
  throw new Error('only YAML front matter is allowed');
};

// gray-matter would evaluate `---js` front matter as code; content is data, so those engines refuse.
const MATTER_OPTIONS = { language: 'yaml', engines: { js: refuseEngine, javascript: refuseEngine } };

export function parseFrontMatter(file: string, text: string): ParseResult {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    return { ok: false, line: 1, message: 'missing front matter: the file must start with a line "---"' };
  }
  const closing = source.indexOf('\n---', 3);
  if (closing < 0) return { ok: false, line: 1, message: 'front matter is not closed by a line "---"' };
  const frontMatterLines = source.slice(4, closing).split('\n');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, MATTER_OPTIONS);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // js-yaml counts lines from 0 inside the front matter, which starts on the file's line 2;
    // an error at the end of the stream is reported on the last front matter line.
    const line = mark?.line !== undefined ? Math.min(mark.line + 2, frontMatterLines.length + 1) : 1;
    return { ok: false, line, message: `bad YAML: ${reason}` };
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'front matter must be a YAML mapping of keys to values' };
  }
  const bodyLine = frontMatterLines.length + 3;
  return { ok: true, parsed: { file, data: data as Record<string, unknown>, body: parsed.content, bodyLine, frontMatterLines } };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 1-based file line of the first front matter line after `afterLine` that matches; undefined when none. */
function lineMatching(parsed: ParsedFile, pattern: RegExp, afterLine: number): number | undefined {
  const index = parsed.frontMatterLines.findIndex((line, i) => i + 2 > afterLine && pattern.test(line));
  return index < 0 ? undefined : index + 2;
}

/** The file line where `key:` is written (as a plain key or a list item's first key); 2 when not found. */
export function lineOfKey(parsed: ParsedFile, key: string, afterLine = 0): number {
  return lineMatching(parsed, new RegExp(`^\\s*(?:-\\s+)?${escape(key)}\\s*:`), afterLine) ?? 2;
}

/** The file line of `key: value` (quoted or not, possibly a list item); undefined when not found. */
export function lineOfEntry(parsed: ParsedFile, key: string, value: string, afterLine = 0): number | undefined {
  const pattern = new RegExp(`^\\s*(?:-\\s+)?${escape(key)}\\s*:\\s*['"]?${escape(value)}['"]?\\s*(?:#.*)?$`);
  return lineMatching(parsed, pattern, afterLine);
}

/** The file line where `word` first stands as a whole word (for list items); 2 when not found. */
export function lineOfWord(parsed: ParsedFile, word: string): number {
  return lineMatching(parsed, new RegExp(`(?:^|[\\s\\[,'"])${escape(word)}(?:$|[\\s\\],'"])`), 0) ?? 2;
}
