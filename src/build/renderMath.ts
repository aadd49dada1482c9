import katex from 'katex';
import { findMath, mathKey, MathSnippet } from '../core/mathSyntax';

export function renderTex({ tex, display }: MathSnippet): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore' });
}

/**
 * Renders every formula of a markdown text into `rendered`, keyed as the extension looks them up.
 * Returns each TeX error with the 0-based line of the text it is on.
 */
export function renderAllMath(markdown: string, rendered: Record<string, string>): { line: number; message: string }[] {
  const errors: { line: number; message: string }[] = [];
  for (const snippet of findMath(markdown)) {
    const key = mathKey(snippet);
    if (key in rendered) continue;
    try {
      rendered[key] = renderTex(snippet);
    } catch (error) {
      const line = markdown.slice(0, snippet.index).split('\n').length - 1;
      errors.push({ line, message: `TeX error in "${snippet.tex}": ${(error as Error).message.replace(/^KaTeX parse error: /, '')}` });
    }
  }
  return errors;
}
