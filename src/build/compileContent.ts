import * as fs from 'fs';
import * as path from 'path';
import { formatContentError, INDEX_FILE } from '../core/schema';
import { compileContent, SourceFile } from './compile';

function readTree(root: string, folder = ''): SourceFile[] {
  const entries = fs.readdirSync(path.join(root, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return readTree(root, relative);
    if (!entry.name.endsWith('.md')) return [];
    return [{ file: relative, text: fs.readFileSync(path.join(root, relative), 'utf8') }];
  });
}

/** Compiles drills/ into outDir; writes nothing when any file is invalid. Errors read `drills/file:line: message`. */
export function compileContentFolder(root: string, outDir: string): { errors: string[]; summary: string } {
  const { index, pages, errors } = compileContent(readTree(root));
  const prefix = path.basename(root);
  if (errors.length > 0) {
    return { errors: errors.map((error) => formatContentError({ ...error, file: `${prefix}/${error.file}` })), summary: '' };
  }
  // Written afresh, so a removed question leaves no page behind.
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'pages'), { recursive: true });
  fs.writeFileSync(path.join(outDir, INDEX_FILE), JSON.stringify(index));
  for (const [file, page] of Object.entries(pages)) fs.writeFileSync(path.join(outDir, file), JSON.stringify(page));
  const topics = index.sections.flatMap((section) => section.groups.flatMap((group) => group.topics));
  const summary = `${index.sections.length} sections, ${topics.length} topics, ${Object.keys(index.questions).length} questions, ${Object.values(index.sections).flatMap((section) => section.groups.flatMap((group) => group.topics)).filter((topic) => topic.hasNote).length} notes`;
  return { errors: [], summary };
}
