import { PVSC_EXTENSION_ID, PythonExtension } from '@vscode/python-extension';
import * as vscode from 'vscode';
import { DEFAULT_CANDIDATES } from '../harness/python';

export const PYTHON_SETTING = 'mlPrep.pythonPath';

/**
 * The interpreters to try, in order: the mlPrep.pythonPath setting alone when it is set; otherwise the
 * Python extension's active environment (when that extension is installed), then python3 and python.
 */
export async function pythonCandidates(folder: vscode.Uri): Promise<{ candidates: string[]; configured: boolean }> {
  const configured = vscode.workspace.getConfiguration('mlPrep', folder).get<string>('pythonPath')?.trim();
  if (configured) return { candidates: [configured], configured: true };
  const fromExtension: string[] = [];
  if (vscode.extensions.getExtension(PVSC_EXTENSION_ID)) {
    try {
      const environments = (await PythonExtension.api()).environments;
      const active = await environments.resolveEnvironment(environments.getActiveEnvironmentPath(folder));
      if (active?.executable.uri) fromExtension.push(active.executable.uri.fsPath);
    } catch {
      // The Python extension is installed but not usable; fall back to PATH.
    }
  }
  return { candidates: [...fromExtension, ...DEFAULT_CANDIDATES], configured: false };
}
