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

const inlineMath: TokenizerAndRendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (source) => source.indexOf('$'),
  tokenizer(source) {
    const match = INLINE.exec(source);
    if (match) return { type: 'inlineMath', raw: match[0], tex: match[1], display: false } satisfies MathToken;
    return undefined;
  },
  renderer: (token) => renderTex(token as MathToken),
};

const blockMath: TokenizerAndRendererExtension = {
  name: 'blockMath',
  level: 'block',
  start: (source) => source.indexOf('$$'),
  tokenizer(source) {
    const match = BLOCK.exec(source);
    if (match) return { type: 'blockMath', raw: match[0], tex: match[1].trim(), display: true } satisfies MathToken;
    return undefined;
  },
  renderer: (token) => `<div class="math-block">${renderTex(token as MathToken)}</div>\n`,
};

export const mathExtensions = [blockMath, inlineMath];

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
