import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, VIEWS } from '../../src/commands';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('package.json', () => {
  it('declares exactly the commands the code registers', () => {
    const declared = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    assert.deepStrictEqual(declared, Object.values(COMMANDS).sort());
  });

  it('activates only through views and commands, and contributes the Roadmap and Drills views', () => {
    assert.deepStrictEqual(manifest.activationEvents, []);
    assert.deepStrictEqual(manifest.contributes.views[VIEWS.container].map((view: { id: string }) => view.id), [VIEWS.roadmap, VIEWS.drills]);
  });

  it('only names commands that exist in its menus and key bindings', () => {
    const known = new Set(Object.values(COMMANDS));
    const menus = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    for (const entry of [...menus, ...manifest.contributes.keybindings]) assert.ok(known.has(entry.command), entry.command);
  });
});
