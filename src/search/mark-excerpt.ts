/**
 * Marks every place a query word stands in a Pagefind excerpt. Pagefind marks the places its index
 * holds, and the index keeps only the first place of a word on most pages (capPositions in
 * scripts/search-index/merge-words.ts): without this, 模型 would be marked once and left plain
 * elsewhere in the same excerpt.
 */

/** Pagefind's excerpt: page text escaped as HTML, with `<mark>` elements around matched words. */
const MARK_TAG = /(<mark>|<\/mark>)/;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(html: string): string {
	return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith("#x") || name.startsWith("#X"))
			return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Latin or digit word: matched whole from its start, and on to the end of the word (model → models), as Pagefind does. */
const ASCII_WORD = /^[a-z0-9]/i;

/**
 * A pattern that finds `words` in text, longest first, ignoring case. Words of one character are
 * left out: 大 or a would light up half an excerpt. Null when nothing is left.
 */
export function wordPattern(words: readonly string[]): RegExp | null {
	const kept = [...new Set(words.filter((word) => [...word].length > 1))].sort(
		(a, b) => [...b].length - [...a].length,
	);
	if (kept.length === 0) return null;
	const alternatives = kept.map((word) =>
		ASCII_WORD.test(word) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}[\\p{L}\\p{N}]*` : escapeRegExp(word),
	);
	return new RegExp(alternatives.join("|"), "giu");
}

/**
 * `excerpt` (Pagefind's HTML) with every unmarked place of `words` marked as well. Marks Pagefind
 * set stay; text is escaped again, so the result holds nothing but text and `<mark>` elements.
 */
export function markExcerpt(excerpt: string, words: readonly string[]): string {
	const pattern = wordPattern(words);
	if (!pattern) return excerpt;
	let marked = false;
	let html = "";
	for (const part of excerpt.split(MARK_TAG)) {
		if (part === "<mark>" || part === "</mark>") {
			marked = part === "<mark>";
			html += part;
			continue;
		}
		const text = decodeEntities(part);
		if (marked) {
			html += escapeHtml(text);
			continue;
		}
		let last = 0;
		for (const match of text.matchAll(pattern)) {
			html += `${escapeHtml(text.slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
			last = match.index + match[0].length;
		}
		html += escapeHtml(text.slice(last));
	}
	return html;
}
