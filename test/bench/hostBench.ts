// Runs inside the real VS Code extension host (as extensionTestsPath) and writes its figures to a file.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { Content } from '../../src/core/contentIndex';
import { setDone, EMPTY_PROGRESS } from '../../src/core/progress';
import type { ExtensionApi } from '../../src/extension';
import { RoadmapProvider } from '../../src/roadmap/roadmapProvider';
import { EXTENSION_ID } from '../host/extension';
import { measure } from './stats';
import { syntheticIndex } from './syntheticContent';

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID)!;
  const wasActive = extension.isActive;
  const start = performance.now();
  const api = await extension.activate();
  // Loading the module and the host's own activation work, on top of activate() itself.
  const endToEndMs = wasActive ? null : performance.now() - start;
  const activateMs = wasActive ? null : api.activationMs;

  const content = new Content(syntheticIndex(1000));
  const topicIds = [...content.allTopicIds()];
  await api.services.store.setProgress(setDone(EMPTY_PROGRESS, topicIds.filter((_, i) => i % 2 === 0), true, Date.now()));
  const provider = new RoadmapProvider(() => content, api.services.store);
  const treeMs = measure(() => provider.getChildren().forEach((node) => provider.getTreeItem(node)), 30);
  await api.services.store.setProgress(EMPTY_PROGRESS);
  const out = process.env.ML_PREP_TEST_OUTPUT ?? path.join(extension.extensionPath, '.test-output');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'bench-host.json'), JSON.stringify({ activateMs, endToEndMs, treeMs }));
}
