import katex from 'katex';
import type { TokenizerAndRendererExtension, Tokens } from 'marked';

/** A TeX snippet as written in content: `$...$` inline or `$$...$$` on its own lines. */
export interface MathSnippet {
  tex: string;
  display: boolean;
}

type MathToken = Tokens.Generic & MathSnippet;

// Inline math must hug its dollars ("$x$", not "$ x $") so prose with a lone "$" is left alone.
const INLINE = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/;
const BLOCK = /^\$\$\n?([\s\S]+?)\n?\$\$(?:\n|$)/;

export function renderTex({ tex, display }: MathSnippet, throwOnError = false): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError, output: 'htmlAndMathml', strict: 'ignore' });
}

function mathExtension(name: string, level: 'inline' | 'block', opener: string, pattern: RegExp, wrap: (html: string) => string): TokenizerAndRendererExtension {
  const display = level === 'block';
  return {
    name,
    level,
    start: (source) => source.indexOf(opener),
    tokenizer(source) {
      const match = pattern.exec(source);
      return match ? ({ type: name, raw: match[0], tex: match[1].trim(), display } satisfies MathToken) : undefined;
    },
    renderer: (token) => wrap(renderTex(token as MathToken)),
  };
}

export const mathExtensions = [
  mathExtension('blockMath', 'block', '$$', BLOCK, (html) => `<div class="math-block">${html}</div>\n`),
  mathExtension('inlineMath', 'inline', '$', INLINE, (html) => html),
];

/** Every TeX snippet in a markdown text, found the same way the renderer finds them (for the content lint). */
export function findMath(markdown: string): MathSnippet[] {
  const found: MathSnippet[] = [];
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const pattern = /\$\$\n?([\s\S]+?)\n?\$\$|\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/g;
  for (const match of withoutCode.matchAll(pattern)) {
    found.push(match[1] !== undefined ? { tex: match[1].trim(), display: true } : { tex: match[2], display: false });
  }
  return found;
}
