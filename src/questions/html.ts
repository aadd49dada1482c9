import * as crypto from 'crypto';
import * as vscode from 'vscode';

/** The panel's shell page: all content arrives later as messages, so the page itself is static. */
export function questionPanelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'question.css'));
  const katexStyle = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'katex', 'katex.min.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'question.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    // KaTeX sizes formulas with style attributes; <style> elements and scripts stay forbidden.
    "style-src-attr 'unsafe-inline'",
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${katexStyle}">
<link rel="stylesheet" href="${style}">
<title>Interview question</title>
</head>
<body>
<main id="question" aria-live="polite">
  <nav class="breadcrumb" aria-label="Topic" id="breadcrumb"></nav>
  <h1 id="title"></h1>
  <p class="meta" id="meta"></p>
  <section class="body" id="body"></section>
  <section class="questions" id="questions"></section>
  <div class="actions" id="answer-actions">
    <button id="show-answer" type="button" aria-expanded="false" aria-controls="answer">Show answer <kbd>Space</kbd></button>
  </div>
  <section class="answer" id="answer" hidden aria-label="Model answer"></section>
  <footer class="toolbar">
    <button id="previous" type="button" class="secondary" aria-label="Previous page">← Previous</button>
    <span id="position" class="position"></span>
    <button id="next" type="button" class="secondary" aria-label="Next page">Next →</button>
    <span class="spacer"></span>
    <button id="topic-done" type="button" class="secondary"></button>
  </footer>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
