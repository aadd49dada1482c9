import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import { escapeHtml } from './escape';

// Only the languages interview content uses, to keep the renderer bundle small.
hljs.registerLanguage('python', python);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('sql', sql);
hljs.registerLanguage('json', json);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('typescript', typescript);
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['sh', 'shell'], { languageName: 'bash' });

/** Highlighted HTML for a code block (highlight.js escapes the code); plain escaped text for unknown languages. */
export function highlightCode(code: string, language: string | undefined): { html: string; language?: string } {
  const name = language?.trim().split(/\s+/)[0].toLowerCase();
  if (name && hljs.getLanguage(name)) return { html: hljs.highlight(code, { language: name, ignoreIllegals: true }).value, language: name };
  return { html: escapeHtml(code) };
}
