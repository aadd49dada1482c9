import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { registerDrills } from './drills/registerDrills';
import { registerQuestions } from './questions/registerQuestions';
import { registerRoadmap } from './roadmap/registerRoadmap';
import { createServices } from './services/services';

/** What activate() returns; the extension-host tests and the benchmark use it to look at the features' state. */
export type ExtensionApi = ReturnType<typeof activate>;

export function activate(context: vscode.ExtensionContext) {
  const started = performance.now();
  const services = createServices(context);
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showLog, () => services.log.show()));
  const roadmap = registerRoadmap(context, services);
  const questions = registerQuestions(context, services);
  const drills = registerDrills(context, services);
  const activationMs = performance.now() - started;
  services.log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  // globalState lets the tests read progress back through a fresh Store, as after a restart.
  return { services, roadmap, questions, drills, globalState: context.globalState, activationMs };
}

export function deactivate(): void {}
