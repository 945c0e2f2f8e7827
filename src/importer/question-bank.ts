import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";

/** A section heading that opens a question bank. */
export const BANK_HEADING = /典型问题|面试题|题库|常见问题|问题与解答|问答|FAQ|Q\s*&\s*A/i;

/** A question's label and numbering: `问题：`, `题目1.`, `Q2：`, `12.`, `3、`. */
const QUESTION_LABEL =
	/^\s*(?:(?:问题|题目|Q)\s*\d*\s*[:：.．、)]?|\d+\s*[.．、)]|[一二三四五六七八九十]+\s*[、.．])\s*/i;
const LABELLED = /^\s*(?:问题|题目|Q)\s*\d*\s*[:：.．、]/i;
const ENDS_AS_QUESTION = /[？?]\s*$/;

export type PartName = "answer" | "example" | "analysis";

const PART_LABELS: [PartName, RegExp][] = [
	["answer", /^(?:答案|回答|解答|参考答案|答|A)\s*[:：]?\s*$/i],
	["example", /^(?:示例代码|代码示例|举例|示例|例子|代码|代码实现|编程实现|算法实现)\s*[:：]?\s*$/],
	["analysis", /^(?:解析|答案解析|分析|解题思路|详解|讲解|思路)\s*[:：]?\s*$/],
];

export interface RawQuestion {
	/** The question, without numbering or label. */
	question: string;
	/** 1-based line where the question starts in the source. */
	line: number;
	parts: Record<PartName, RootContent[]>;
}

export interface SplitDocument {
	article: RootContent[];
	questions: RawQuestion[];
	/** Lines of bank headings that were found (they are not part of the article). */
	bankLines: number[];
	/** Blocks inside a bank before its first question (an introduction), by line. */
	skipped: number[];
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
	node.position?.start.line ?? 0;

/** The question text of a heading, list item's first paragraph or paragraph, without its label. */
export function stripQuestionLabel(text: string): string {
	return text.replace(QUESTION_LABEL, "").replace(/\s+/g, " ").trim();
}

function isQuestionHeading(heading: Heading): boolean {
	const text = textOf(heading).trim();
	return LABELLED.test(text) || ENDS_AS_QUESTION.test(text) || /^\d+\s*[.．、]\s*\S.*[？?]/.test(text);
}

/** True when a paragraph is nothing but bold text (a question written as `**如何……？**`). */
function isAllStrong(paragraph: Paragraph): boolean {
	const meaningful = paragraph.children.filter(
		(child) => !(child.type === "text" && child.value.trim() === ""),
	);
	return meaningful.length === 1 && meaningful[0]?.type === "strong";
}

/** The question a list item opens, if its first paragraph reads as one. */
function questionOfListItem(item: ListItem, ordered: boolean): string | undefined {
	const first = item.children[0];
	if (first?.type !== "paragraph") return undefined;
	const text = textOf(first).trim();
	if (LABELLED.test(text)) return stripQuestionLabel(text);
	if (isAllStrong(first) && ENDS_AS_QUESTION.test(text)) return stripQuestionLabel(text);
	if (ordered && ENDS_AS_QUESTION.test(text) && text.length <= 120) return stripQuestionLabel(text);
	return undefined;
}

/** The question a paragraph opens (`**Q：……？**`, `**问题：** ……`), if it does. */
function questionOfParagraph(paragraph: Paragraph): string | undefined {
	const text = textOf(paragraph).trim();
	if (paragraph.children[0]?.type === "strong" && LABELLED.test(text)) return stripQuestionLabel(text);
	// `2、**……？**`: numbering that Markdown does not read as a list.
	if (/^\d+\s*[、.．)]/.test(text) && ENDS_AS_QUESTION.test(text) && text.length <= 120)
		return stripQuestionLabel(text);
	return undefined;
}

/** Which part a paragraph's leading bold label switches to, with the label removed. */
export function takePartLabel(
	paragraph: Paragraph,
): { part: PartName; rest: Paragraph | undefined } | undefined {
	const [first, ...others] = paragraph.children;
	if (first?.type !== "strong") return undefined;
	const label = textOf(first).trim();
	for (const [part, pattern] of PART_LABELS) {
		const inside = /^(.*?)\s*[:：]\s*(.+)$/.exec(label);
		const matchesWhole = pattern.test(label);
		const matchesPrefix = inside && pattern.test(inside[1] ?? "");
		if (!matchesWhole && !matchesPrefix) continue;
		const children: PhrasingContent[] = [...others];
		if (!matchesWhole && inside?.[2]) children.unshift({ type: "text", value: inside[2] });
		const head = children[0];
		if (head?.type === "text") {
			head.value = head.value.replace(/^\s*[:：]?\s*/, "");
			if (head.value === "") children.shift();
		}
		const rest = children.length > 0 ? { ...paragraph, children } : undefined;
		return { part, rest };
	}
	return undefined;
}

function emptyParts(): Record<PartName, RootContent[]> {
	return { answer: [], example: [], analysis: [] };
}

/**
 * Separates a document's blocks into the article and its question banks. A bank starts at a heading
 * such as 典型问题 / 面试题库 / 常见问题与解答 and runs to the next heading of its level or above that
 * is not itself a question. Inside, a question starts at a question heading, a numbered or bold list
 * item, or a `**Q：**` paragraph; what follows is split at bold labels (答案 / 示例代码 / 解析).
 * With `wholeBank`, every block is read as part of a bank (a document that is only a bank).
 */
export function splitQuestionBank(blocks: readonly RootContent[], wholeBank = false): SplitDocument {
	const result: SplitDocument = { article: [], questions: [], bankLines: [], skipped: [] };
	let bankDepth: number | undefined = wholeBank ? 0 : undefined;
	let current: RawQuestion | undefined;
	let part: PartName = "answer";

	const start = (question: string, line: number) => {
		current = { question, line, parts: emptyParts() };
		part = "answer";
		result.questions.push(current);
	};
	const add = (block: RootContent) => {
		if (!current) {
			result.skipped.push(lineOf(block));
			return;
		}
		if (block.type === "paragraph") {
			const label = takePartLabel(block);
			if (label) {
				part = label.part;
				if (label.rest) current.parts[part].push(label.rest);
				return;
			}
		}
		current.parts[part].push(block);
	};

	for (const block of blocks) {
		if (block.type === "heading") {
			const text = textOf(block);
			if (bankDepth !== undefined && (block.depth > bankDepth || isQuestionHeading(block))) {
				if (isQuestionHeading(block)) {
					start(stripQuestionLabel(text), lineOf(block));
					continue;
				}
			} else if (BANK_HEADING.test(text)) {
				bankDepth = block.depth;
				current = undefined;
				result.bankLines.push(lineOf(block));
				continue;
			} else if (bankDepth !== undefined) {
				bankDepth = undefined;
				current = undefined;
			}
		}
		if (bankDepth === undefined) {
			result.article.push(block);
			continue;
		}
		if (block.type === "list") {
			// Items that are not questions stay together as one list in the current part.
			let pending: ListItem[] = [];
			const flush = () => {
				if (pending.length > 0) add({ ...block, children: pending } satisfies List);
				pending = [];
			};
			for (const item of block.children) {
				const question = questionOfListItem(item, block.ordered === true);
				if (!question) {
					pending.push(item);
					continue;
				}
				flush();
				start(question, lineOf(item));
				for (const child of item.children.slice(1)) add(child as RootContent);
			}
			flush();
			continue;
		}
		const question = block.type === "paragraph" ? questionOfParagraph(block) : undefined;
		if (question) start(question, lineOf(block));
		else add(block);
	}
	return result;
}
