import type { SmokeContext } from '../runner/smoke';
import { showFormulaAndCode } from './formulaQuestion';

export const workbench = { installed: true, userSettings: { 'workbench.colorTheme': 'Default Light Modern' } };

export const run = (context: SmokeContext) => showFormulaAndCode(context, 'light');
