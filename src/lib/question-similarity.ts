/** Function words whose choice does not change a question (的/和/与/中/里…). */
const PARTICLES = /[的地得了着和与及或并且中里在吗呢吧啊之]/g;

/** A question reduced to its words: no numbering, label, punctuation, spaces, case or particles. */
export function normalizeQuestion(text: string): string {
	return text
		.normalize("NFKC")
		.toLowerCase()
		.replace(/^\s*(?:(?:问题|题目|q)\s*\d*|\d+)\s*[:：.．、)]\s*/, "")
		.replace(/[\p{P}\p{S}\s]/gu, "")
		.replace(PARTICLES, "");
}

function bigrams(text: string): Set<string> {
	const grams = new Set<string>();
	for (let index = 0; index < text.length - 1; index += 1) grams.add(text.slice(index, index + 2));
	if (text.length === 1) grams.add(text);
	return grams;
}

/** Jaccard similarity of two normalized texts' character bigrams, from 0 to 1. */
export function similarity(a: string, b: string): number {
	const left = bigrams(a);
	const right = bigrams(b);
	if (left.size === 0 && right.size === 0) return 1;
	let shared = 0;
	for (const gram of left) if (right.has(gram)) shared += 1;
	return shared / (left.size + right.size - shared);
}

/** Same question: identical words, or nearly (a changed particle or two). */
export const SAME_QUESTION = 0.8;
/** Different questions that only look alike, worth a warning. */
export const LOOKS_ALIKE = 0.5;
