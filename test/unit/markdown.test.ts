import * as assert from 'assert';
import { renderAllMath } from '../../src/build/renderMath';
import { renderMarkdown } from '../../src/core/markdown';

describe('markdown rendering', () => {
  it('renders headings, lists, tables and code', () => {
    const html = renderMarkdown('### Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1 < 2\n```\n');
    assert.match(html, /<h3[^>]*>Title<\/h3>/);
    assert.match(html, /<li>one<\/li>/);
    assert.match(html, /<td>1<\/td>/);
    assert.match(html, /<pre data-language="python"><code class="hljs language-python">x = <span class="hljs-number">1<\/span> &lt; <span class="hljs-number">2<\/span><\/code><\/pre>/);
  });

  it('escapes code in languages it does not highlight', () => {
    assert.match(renderMarkdown('```cobol\n<b>&\n```'), /<code class="hljs">&lt;b&gt;&amp;<\/code>/);
  });

  it('places formulas KaTeX rendered at build time, and leaves prose dollars alone', () => {
    const markdown = 'Loss $L = \\frac{1}{n}$ costs 5$ or $ 3 $.\n\n$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$\n\nCode `$x$` stays.\n';
    const math: Record<string, string> = {};
    assert.deepStrictEqual(renderAllMath(markdown, math), []);
    assert.deepStrictEqual(Object.keys(math), ['inline:L = \\frac{1}{n}', 'block:\\sigma(z) = \\frac{1}{1 + e^{-z}}']);
    const html = renderMarkdown(markdown, math);
    assert.match(html, /<span class="katex">.*<annotation encoding="application\/x-tex">L = \\frac\{1\}\{n\}<\/annotation>/s);
    assert.match(html, /<div class="math-block"><span class="katex-display">/);
    assert.match(html, /costs 5\$ or \$ 3 \$\./);
    assert.match(html, /<code>\$x\$<\/code>/);
  });

  it('reports a TeX error with its line, and shows a formula it has no rendering for as source', () => {
    const errors = renderAllMath('First line\n\nBroken $\\frac{1}{$ formula', {});
    assert.strictEqual(errors.length, 1);
    assert.strictEqual(errors[0].line, 2);
    assert.match(errors[0].message, /^TeX error in "\\frac\{1\}\{"/);
    assert.match(renderMarkdown('See $x<y$'), /See <code class="tex-source">x&lt;y<\/code>/);
  });

  it('shows raw HTML as text, so scripts and event handlers are inert', () => {
    const html = renderMarkdown('Before <script>alert(1)</script> and <img src=x onerror="alert(2)">\n\n<div onclick="x()">block</div>\n');
    assert.ok(!/<script|<img|<div/i.test(html), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;/);
  });

  it('keeps web links and turns other schemes into plain text', () => {
    const html = renderMarkdown('[safe](https://example.org/a?b=1&c=2) [bad](javascript:alert(1)) [file](file:///etc/passwd) <javascript:alert(3)>');
    assert.match(html, /<a href="https:\/\/example.org\/a\?b=1&amp;c=2">safe<\/a>/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    assert.deepStrictEqual(hrefs, ['https://example.org/a?b=1&amp;c=2']);
    assert.match(html, /bad file javascript:alert\(3\)/);
  });

  it('shows an image as its description instead of loading it', () => {
    const html = renderMarkdown('![a plot" onerror="x](https://example.org/p.png)');
    assert.ok(!/<img/.test(html));
    assert.match(html, /<span class="image-alt">\[a plot&quot; onerror=&quot;x\]<\/span>/);
  });
});
