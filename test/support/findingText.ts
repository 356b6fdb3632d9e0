// Findings in tests: their facts (code and params), and — for the few tests that check what the officer reads —
// the zh-CN sentence renderFinding makes of them. Wording is tested in test/i18n/findings.test.ts.

import type { Finding } from '../../src/domain/types';
import { renderFinding } from '../../src/i18n/findings';

/** The finding's zh-CN message (undefined for no finding). */
export function msg(f: Finding): string;
export function msg(f: Finding | undefined): string | undefined;
export function msg(f: Finding | undefined): string | undefined {
  return f && renderFinding(f, 'zh-CN');
}

/** The finding's code and params (undefined for no finding): what an assertion on a finding compares. */
export function facts(f: Finding | undefined): { code: string; params: unknown } | undefined {
  return f && { code: f.code, params: f.params };
}
