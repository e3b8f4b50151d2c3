/**
 * check()'s options for the benches: they measure the verdicts a user sees, so the authorship analysis
 * runs at once, as in the CLI and the dashboard (the extension's background leaves it to the popup).
 */
import { authorshipCue } from '../lib/match/authorship';
import type { CheckOptions } from '../lib/verdict/check';

export const FULL: CheckOptions = { authorship: authorshipCue };
