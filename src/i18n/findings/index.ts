// renderFinding: a finding (code + params, from src/domain and src/workbook) as a sentence in the officer's
// language. Every front door — the task pane, the ribbon command, the CLI's text/JSON/HTML reports, the exported
// findings sheet — shows findings through this one function.

import type { Finding } from '../../domain/findings';
import { ECHO_MAX, clipMessage, stripControl } from '../../domain/echo';
import { renderEn } from './en';
import { renderZh } from './zh-CN';

export type FindingLanguage = 'zh-CN' | 'en';

/** Longest English message (its quoted texts are clipped one by one as they are put in). */
const EN_MAX = 2000;

/**
 * The finding's message in `lang` (zh-CN by default), the cell text it quotes clipped (a 10 MB cell is not echoed
 * whole) and without control characters. A zh-CN message is clipped as a whole, each run between its punctuation
 * at most ECHO_MAX characters (the text the tool printed before findings were data); the English renderer clips each
 * quoted text itself, since an English sentence has long runs of its own words.
 */
export function renderFinding(f: Finding, lang: FindingLanguage = 'zh-CN'): string {
  if (lang === 'en') {
    const m = stripControl(renderEn(f));
    return m.length > EN_MAX ? `${Array.from(m).slice(0, EN_MAX).join('')}…` : m;
  }
  const m = renderZh(f);
  return m.length > ECHO_MAX ? clipMessage(m) : m;
}

/**
 * A rendered message without the 「附件2!H19」 it starts with, for a front door that shows the place beside it (the
 * CLI's text and HTML reports, the pane's cards): 「「个贷率」未达到年度指标值：…」. The message itself when it does not
 * start with the finding's place.
 */
export function withoutPlace(message: string, f: Pick<Finding, 'sheet' | 'cell'>): string {
  const where = `${f.sheet}!${f.cell}`;
  if (!message.startsWith(where)) return message;
  const rest = message.slice(where.length).replace(/^[：:，,\s]+/, '');
  return rest || message;
}
