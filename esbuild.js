// Builds everything the extension ships into dist/, and with --tests the test tiers into out/.
//   node esbuild.js [--production] [--watch] [--tests]    (--content-only: validate and compile drills/ alone)
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const contentOnly = process.argv.includes('--content-only');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'node20',
};

/** The content compiler runs at build time only; it reads drills/ and writes dist/content/. */
async function buildContent() {
  const outfile = path.join(__dirname, 'out', 'build', 'compileContent.js');
  await esbuild.build({ ...common, minify: false, entryPoints: ['src/build/compileContent.ts'], outfile, platform: 'node', format: 'cjs' });
  delete require.cache[outfile];
  const { compileContentFolder } = require(outfile);
  const result = compileContentFolder(path.join(__dirname, 'drills'), path.join(__dirname, 'dist', 'content'));
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(error);
    console.error(`Content has ${result.errors.length} error(s); nothing was written.`);
    return false;
  }
  console.log(`Content: ${result.summary}`);
  return true;
}

const shipped = [
  // The extension host entry. Markdown rendering is split out so activation never loads it.
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode', './markdown.js'] },
  { entryPoints: ['src/core/markdown.ts'], outfile: 'dist/markdown.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/questions/webview/main.ts'], outfile: 'dist/webview/question.js', platform: 'browser', format: 'iife', target: 'es2022' },
];

// Test code runs from out/ against the real packages; mocha, VS Code and browser drivers stay external.
const testExternals = ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'esbuild'];
const tests = [
  { entryPoints: ['test/unit/*.test.ts'], outdir: 'out/test/unit' },
  { entryPoints: ['test/host/*.ts'], outdir: 'out/test/host' },
  { entryPoints: ['test/runner/*.ts'], outdir: 'out/test/runner' },
  { entryPoints: ['test/bench/*.ts'], outdir: 'out/test/bench' },
  { entryPoints: ['test/ui/*.ts'], outdir: 'out/test/ui' },
]
  .filter(({ entryPoints }) => fs.existsSync(path.dirname(entryPoints[0])))
  .map((options) => ({ ...options, platform: 'node', format: 'cjs', external: testExternals, minify: false, sourcemap: true }));

/** KaTeX's stylesheet and woff2 fonts ship beside the webview script, the only folder the panel may load from. */
function copyKatexAssets() {
  const from = path.join(__dirname, 'node_modules', 'katex', 'dist');
  const to = path.join(__dirname, 'dist', 'webview', 'katex');
  fs.mkdirSync(path.join(to, 'fonts'), { recursive: true });
  fs.copyFileSync(path.join(from, 'katex.min.css'), path.join(to, 'katex.min.css'));
  for (const font of fs.readdirSync(path.join(from, 'fonts')).filter((name) => name.endsWith('.woff2'))) {
    fs.copyFileSync(path.join(from, 'fonts', font), path.join(to, 'fonts', font));
  }
}

async function main() {
  if (!(await buildContent()) && !watch) process.exit(1);
  if (contentOnly) return;
  copyKatexAssets();
  const configs = [...shipped, ...(withTests ? tests : [])].map((options) => ({ ...common, ...options }));
  if (watch) {
    for (const config of configs) await (await esbuild.context(config)).watch();
    console.log('Watching src/ (content is compiled at start; run "npm run build" after editing drills/).');
    return;
  }
  await Promise.all(configs.map((config) => esbuild.build(config)));
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
