/**
 * One normal form for matching text typed by readers against the site's words: full-width forms
 * folded to ASCII (NFKC), lower case, runs of spaces collapsed. Chinese characters are kept.
 */
export function normalizeText(text: string): string {
	return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The same text with every space removed: "KV 缓存" and "KV缓存" are one key. */
export function compactKey(text: string): string {
	return normalizeText(text).replace(/ /g, "");
}
