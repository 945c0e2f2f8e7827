/** Characters of Chinese a reader gets through in a minute of careful technical reading. */
export const CJK_CHARS_PER_MINUTE = 400;
/** Words of English (or code identifiers) per minute. */
export const WORDS_PER_MINUTE = 200;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9'’_-]*/g;

/** Counts Chinese characters and Latin words in Markdown source, frontmatter excluded. */
export function countWords(markdown: string): { cjk: number; words: number } {
	const text = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
	return {
		cjk: text.match(CJK)?.length ?? 0,
		words: text.replace(CJK, " ").match(LATIN_WORD)?.length ?? 0,
	};
}

/** Whole minutes to read a Markdown body, at least one. */
export function readingMinutes(markdown: string): number {
	const { cjk, words } = countWords(markdown);
	return Math.max(1, Math.ceil(cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
