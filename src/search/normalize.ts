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

const ASCII_WORD_CHAR = /[a-z0-9]/;

/**
 * Whether text[start, end) begins or ends inside an ASCII word: "rag" in "storage" is not the word
 * RAG. Chinese has no such boundary, so only ASCII letters and digits count.
 */
export function cutsAsciiWord(text: string, start: number, end: number): boolean {
	const isWordChar = (char: string | undefined) => char !== undefined && ASCII_WORD_CHAR.test(char);
	return (
		(isWordChar(text[start - 1]) && isWordChar(text[start])) ||
		(isWordChar(text[end - 1]) && isWordChar(text[end]))
	);
}
