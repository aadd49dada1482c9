import { Marked, Tokens } from 'marked';
import { escapeHtml } from './escape';
import { highlightCode } from './highlight';
import { mathExtensions } from './mathSyntax';

/** Only web links may be followed from content; anything else (javascript:, file:, command:) stays text. */
export function isWebLink(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

/** The pre-rendered formulas of the text being rendered (a Marked instance is configured once). */
let formulas: Record<string, string> = {};

const marked = new Marked({
  gfm: true,
  async: false,
  extensions: mathExtensions(() => formulas),
  renderer: {
    code({ text, lang }: Tokens.Code) {
      const { html, language } = highlightCode(text, lang);
      const label = language ? ` data-language="${language}"` : '';
      return `<pre${label}><code class="hljs${language ? ` language-${language}` : ''}">${html}</code></pre>\n`;
    },
    // Content is data: raw HTML is shown as text rather than interpreted.
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const label = this.parser.parseInline(tokens);
      if (!isWebLink(href)) return label;
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttribute}>${label}</a>`;
    },
    // The panel loads no remote resources, so an image is shown as its description.
    image({ text }: Tokens.Image) {
      return `<span class="image-alt">[${escapeHtml(text)}]</span>`;
    },
  },
});

/**
 * Renders content markdown to HTML that is safe to place in the question panel. `math` holds the
 * formulas KaTeX rendered at build time (QuestionPage.math, NotePage.math).
 */
export function renderMarkdown(markdown: string, math: Record<string, string> = {}): string {
  formulas = math;
  try {
    return marked.parse(markdown) as string;
  } finally {
    formulas = {};
  }
}
