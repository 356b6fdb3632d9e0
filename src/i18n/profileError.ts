// The message for a rule profile id no profile has (domain UnknownProfileError), in zh-CN or English. Kept apart
// from ./rules.ts so the pane's first bundle can say it without the number formatting.

import type { UnknownProfileError } from '../domain/profile';
import type { Lang } from './explain';
import { ruleTexts as zh } from './zh-CN/scoring';
import { ruleTexts as en } from './en/rules';

/** 「未知的评分规则“guangdong”。可用的规则：national-2020、…」 */
export function unknownProfileMessage(
  e: Pick<UnknownProfileError, 'id' | 'valid'>,
  lang: Lang | string = 'zh-CN',
): string {
  return (lang === 'en' ? en : zh).unknown(e.id, e.valid);
}

/** Whether a thrown value is the domain's UnknownProfileError (by name: it may come from another bundle). */
export function isUnknownProfile(e: unknown): e is UnknownProfileError {
  return (
    !!e &&
    typeof e === 'object' &&
    (e as Error).name === 'UnknownProfileError' &&
    Array.isArray((e as UnknownProfileError).valid)
  );
}
