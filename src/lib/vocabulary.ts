import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type Concept, vocabularySchema } from "../schemas/vocabulary.ts";
import { compactKey } from "../search/normalize.ts";

export interface VocabularyProblem {
	line: number;
	message: string;
}

export interface ParsedVocabulary {
	concepts: Concept[];
	problems: VocabularyProblem[];
}

/**
 * Parses `content/vocabulary.yaml`: YAML syntax, the schema, and one meaning per spelling (no alias
 * may name two concepts, or repeat a term). Problems carry the line of the offending value.
 */
export function parseVocabulary(text: string): ParsedVocabulary {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? lineCounter.linePos(node.range[0]).line : 1;
	if (document.errors.length > 0) {
		return {
			concepts: [],
			problems: document.errors.map((error) => ({
				line: error.linePos?.[0].line ?? 1,
				message: `YAML 语法错误：${error.message.split("\n")[0]}`,
			})),
		};
	}
	const raw: unknown = document.toJS() ?? [];
	const parsed = vocabularySchema.safeParse(raw);
	if (!parsed.success) {
		return {
			concepts: [],
			problems: parsed.error.issues.map((issue) => {
				const node = document.getIn(issue.path as (string | number)[], true) as Node | undefined;
				const fallback = document.getIn(issue.path.slice(0, 1) as (string | number)[], true) as
					| Node
					| undefined;
				return {
					line: lineOf(node ?? fallback),
					message: `${issue.path.join(".") || "词表"}：${issue.message}`,
				};
			}),
		};
	}
	const problems: VocabularyProblem[] = [];
	const owner = new Map<string, string>();
	const root = document.contents;
	parsed.data.forEach((concept, index) => {
		const item = isSeq(root) ? root.items[index] : undefined;
		const spellings = [concept.term, ...concept.aliases];
		spellings.forEach((spelling, position) => {
			const key = compactKey(spelling);
			const previous = owner.get(key);
			if (previous !== undefined) {
				const node = isMap(item)
					? position === 0
						? (item.get("term", true) as Node | undefined)
						: ((item.getIn(["aliases", position - 1], true) as Node | undefined) ?? item)
					: undefined;
				problems.push({
					line: lineOf(node ?? item),
					message:
						previous === concept.term
							? `「${spelling}」在概念「${concept.term}」里重复：请删除这一项`
							: `「${spelling}」已属于概念「${previous}」：一个写法只能指一个概念，请删除它或把两个概念合并`,
				});
				return;
			}
			owner.set(key, concept.term);
		});
	});
	return { concepts: problems.length > 0 ? [] : parsed.data, problems };
}

/** Looks up concepts by any spelling (term or alias), ignoring case, width and spaces. */
export class Vocabulary {
	readonly concepts: readonly Concept[];
	readonly #bySpelling = new Map<string, Concept>();

	constructor(concepts: readonly Concept[]) {
		this.concepts = concepts;
		for (const concept of concepts)
			for (const spelling of [concept.term, ...concept.aliases])
				this.#bySpelling.set(compactKey(spelling), concept);
	}

	/** The concept a spelling names, if any. */
	conceptOf(spelling: string): Concept | undefined {
		return this.#bySpelling.get(compactKey(spelling));
	}

	/** The site's spelling of a tag: the concept's term when the tag is one of its aliases. */
	canonicalTag(tag: string): string {
		return this.conceptOf(tag)?.term ?? tag;
	}

	/**
	 * Spellings to index with a page about `texts` (its title, tags, aliases): every spelling of
	 * the concepts it names, except those the texts already contain.
	 */
	synonymsFor(texts: readonly string[]): string[] {
		const present = texts.map(compactKey).join("\u0000");
		return this.conceptsIn(texts).flatMap((concept) =>
			[concept.term, ...concept.aliases].filter((spelling) => !present.includes(compactKey(spelling))),
		);
	}

	/**
	 * Concepts a text names, by term or alias (longest spellings first, each concept once).
	 * Used on what a page is about (title, tags, aliases), not on its whole body.
	 */
	conceptsIn(texts: readonly string[]): Concept[] {
		const haystack = texts.map(compactKey).join("\u0000");
		const found: Concept[] = [];
		for (const concept of this.concepts) {
			const spellings = [concept.term, ...concept.aliases].map(compactKey);
			if (spellings.some((spelling) => spelling.length > 0 && containsWord(haystack, spelling)))
				found.push(concept);
		}
		return found;
	}
}

/** Substring match, except that an ASCII spelling must not sit inside a longer ASCII word ("rag" in "storage"). */
function containsWord(haystack: string, needle: string): boolean {
	let from = haystack.indexOf(needle);
	while (from !== -1) {
		const before = haystack[from - 1] ?? "";
		const after = haystack[from + needle.length] ?? "";
		const asciiEdge = (char: string, edge: string) => /[a-z0-9]/.test(char) && /[a-z0-9]/.test(edge);
		if (!asciiEdge(before, needle[0] ?? "") && !asciiEdge(after, needle.at(-1) ?? "")) return true;
		from = haystack.indexOf(needle, from + 1);
	}
	return false;
}
