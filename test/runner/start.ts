// npm start: a real VS Code (code-server) with this extension loaded and the sample workspace.
//   node out/test/runner/start.js [--port 3210]
import { startServer } from './workbench';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--port');
  const port = at > 0 ? Number(process.argv[at + 1]) : 3210;
  const server = await startServer({ port });
  console.log(`\nML Interview Prep is running in VS Code 1.100.3 (code-server). Open this address in a browser:\n\n  ${server.url()}\n\nPress Ctrl+C to stop.`);
  await new Promise(() => undefined);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
