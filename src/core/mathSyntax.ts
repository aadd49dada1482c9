import type { TokenizerAndRendererExtension } from 'marked';
import { escapeHtml } from './escape';

/**
 * TeX in content: `$...$` inline, `$$...$$` as a block. KaTeX renders every snippet at build time
 * (src/build/renderMath.ts), so the extension only looks the HTML up; this file is the one definition
 * of the syntax both sides use.
 */
export interface MathSnippet {
  tex: string;
  display: boolean;
}

// Inline math must hug its dollars ("$x$", not "$ x $") so prose with a lone "$" is left alone.
const INLINE = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/;
const BLOCK = /^\$\$\n?([\s\S]+?)\n?\$\$(?:\n|$)/;
// Both of the above anywhere in a text, for the build to find every snippet.
const ANY = /\$\$\n?([\s\S]+?)\n?\$\$|\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/g;

/** The key under which a snippet's rendered HTML is stored. */
export function mathKey({ tex, display }: MathSnippet): string {
  return `${display ? 'block' : 'inline'}:${tex}`;
}

/** Every TeX snippet in a markdown text, found as the renderer finds them, with the offset of each. */
export function findMath(markdown: string): (MathSnippet & { index: number })[] {
  // Code spans and blocks are blanked out (same length, so offsets stay right).
  const withoutCode = markdown.replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, ' '));
  return [...withoutCode.matchAll(ANY)].map((match) =>
    match[1] !== undefined ? { tex: match[1].trim(), display: true, index: match.index! } : { tex: match[2].trim(), display: false, index: match.index! },
  );
}

type MathToken = { type: string; raw: string } & MathSnippet;

/** Marked extensions that place pre-rendered formulas; a snippet with no rendering shows as its TeX source. */
export function mathExtensions(rendered: () => Record<string, string>): TokenizerAndRendererExtension[] {
  const html = (snippet: MathSnippet) => rendered()[mathKey(snippet)] ?? `<code class="tex-source">${escapeHtml(snippet.tex)}</code>`;
  const extension = (name: string, display: boolean, opener: string, pattern: RegExp, wrap: (html: string) => string): TokenizerAndRendererExtension => ({
    name,
    level: display ? 'block' : 'inline',
    start: (source) => source.indexOf(opener),
    tokenizer(source) {
      const match = pattern.exec(source);
      return match ? ({ type: name, raw: match[0], tex: match[1].trim(), display } satisfies MathToken) : undefined;
    },
    renderer: (token) => wrap(html(token as unknown as MathToken)),
  });
  return [
    extension('blockMath', true, '$$', BLOCK, (formula) => `<div class="math-block">${formula}</div>\n`),
    extension('inlineMath', false, '$', INLINE, (formula) => formula),
  ];
}
