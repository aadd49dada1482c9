import * as fs from 'fs';
import * as path from 'path';
import { drillFolder, formatContentError, INDEX_FILE, STATEMENT_FILE } from '../core/schema';
import { compileContent, CompileResult, SourceFile } from './compile';

/** Every file below `root`, relative and with forward slashes. */
function listTree(root: string, folder = ''): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listTree(root, relative) : [relative];
  });
}

/** Compiles the content folder without writing anything: what the build and the content lint both read. */
export function compileFolder(root: string): CompileResult {
  const files = listTree(root);
  const sources: SourceFile[] = files.filter((file) => file.endsWith('.md')).map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
  return compileContent(sources, files);
}

/** Compiles drills/ into outDir; writes nothing when any file is invalid. Errors read `drills/file:line: message`. */
export function compileContentFolder(root: string, outDir: string): { errors: string[]; summary: string } {
  const { index, pages, statements, errors } = compileFolder(root);
  const prefix = path.basename(root);
  if (errors.length > 0) {
    return { errors: errors.map((error) => formatContentError({ ...error, file: `${prefix}/${error.file}` })), summary: '' };
  }
  // Written afresh, so a removed question leaves no page behind.
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'pages'), { recursive: true });
  fs.writeFileSync(path.join(outDir, INDEX_FILE), JSON.stringify(index));
  for (const [file, page] of Object.entries(pages)) fs.writeFileSync(path.join(outDir, file), JSON.stringify(page));
  for (const drill of index.drills) {
    const target = path.join(outDir, drillFolder(drill.id));
    for (const part of ['starter', 'checks', 'reference']) fs.cpSync(path.join(root, 'coding', drill.id, part), path.join(target, part), { recursive: true });
    fs.writeFileSync(path.join(target, STATEMENT_FILE), `${statements[drill.id]}\n`);
  }
  const topics = index.sections.flatMap((section) => section.groups.flatMap((group) => group.topics));
  const summary = `${index.sections.length} sections, ${topics.length} topics, ${Object.keys(index.questions).length} questions, ${index.drills.length} drills, ${Object.values(index.sections).flatMap((section) => section.groups.flatMap((group) => group.topics)).filter((topic) => topic.hasNote).length} notes`;
  return { errors: [], summary };
}
