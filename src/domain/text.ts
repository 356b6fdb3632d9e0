// Text normalisation shared by the parser and the table locator: full-width → half-width
// (NFKC), all white space (including U+3000 and line breaks inside words) removed.

/** NFKC-normalise and drop every kind of white space: '年度\n指标值' → '年度指标值', '（50分）' → '(50分)'. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '');
}

/** NFKC-normalise and fold runs of white space to one space, trimmed (keeps word breaks in sentences). */
export function tidyText(s: string): string {
  return s.normalize('NFKC').replace(/[\u200b\ufeff]/g, '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}
