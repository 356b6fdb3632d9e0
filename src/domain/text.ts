// Text normalisation shared by the parser and the table locator: full-width → half-width
// (NFKC), all white space (including U+3000 and line breaks inside words) removed.

/** Characters NFKC leaves alone: printable ASCII, CJK unified ideographs, CJK punctuation 、。〃… up to 〗. */
const NFKC_STABLE = /^[\x21-\x7e\u4e00-\u9fff\u3001-\u3017]*$/;
const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;
const HAS_SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;
/** NFKC_STABLE plus ASCII white space (tab, line breaks, space), which NFKC leaves alone too. */
const NFKC_STABLE_OR_ASCII_SPACE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff\u3001-\u3017]*$/;

/** NFKC-normalise and drop every kind of white space: '年度\n指标值' → '年度指标值', '（50分）' → '(50分)'. */
export function normalizeText(s: string): string {
  // Fast path for the common case (plain Chinese or ASCII without spaces): nothing to change.
  if (NFKC_STABLE.test(s)) return s;
  const n = s.normalize('NFKC');
  return HAS_SPACE.test(n) ? n.replace(SPACES, '') : n;
}

/** NFKC-normalise and fold runs of white space to one space, trimmed (keeps word breaks in sentences). */
export function tidyText(s: string): string {
  // Fast paths as in normalizeText: nothing to change, or only ASCII white space to fold.
  if (NFKC_STABLE.test(s)) return s;
  if (NFKC_STABLE_OR_ASCII_SPACE.test(s)) return s.replace(/\s+/g, ' ').trim();
  return s.normalize('NFKC').replace(/[\u200b\ufeff]/g, '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}
