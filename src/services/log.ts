import * as vscode from 'vscode';

/** The extension's output channel; problems go here so users and bug reports can see them. */
export type Log = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'show'>;

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('ML Interview Prep', { log: true });
}
