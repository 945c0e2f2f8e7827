import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { NUMBERING } from "./find-title.ts";
import { type LabelName, type PartName, readLabel } from "./labels.ts";

export type { PartName } from "./labels.ts";

/**
 * A section heading that names a question bank: the bank's name ends it (典型问题, 算法编程题库,
 * 附录：常见问题与解答, 面试题库：副标题…). "知识库问答的评估" is a section, not a bank.
 */
export const BANK_HEADING =
	/^(?:附录\s*[:：]?\s*)?.{0,12}?(?:典型问题|面试题库?|题库|常见问题(?:与解答|解答)?|问题与解答|问答|FAQ|Q\s*&\s*A)(?:\s*[（(][^)）]*[)）])?(?:\s*[:：].*)?$/i;

/** Whether a heading names a question bank. */
export function namesBank(text: string): boolean {
	return BANK_HEADING.test(text.replace(NUMBERING, "").trim());
}

/** A question's label and numbering: `问题：`, `题目1.`, `Q2：`, `12.`, `3、`, `（一）`. */
const QUESTION_LABEL =
	/^\s*(?:(?:问题|题目|Question|Q)\s*\d*\s*[:：.．、)]?|\d+\s*[.．、)]|[一二三四五六七八九十]+\s*[、.．]|[（(]\d+[)）])\s*/i;
const LABELLED = /^\s*(?:问题|题目|Question|Q)\s*\d*\s*[:：.．、]/i;
const NUMBERED = /^\s*(?:\d+\s*[.．、)]|[（(]\d+[)）])\s*\S/;
const ENDS_AS_QUESTION = /[？?]\s*$/;

export interface RawQuestion {
	/** The question, without numbering or label (empty when only a 题目 part states it). */
	question: string;
	/** 1-based line where the question starts in the source. */
	line: number;
	/** A `题目：` / `问题：` part under the question: its full statement. */
	statement: RootContent[];
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
	return text
		.replace(QUESTION_LABEL, "")
		.replace(/^\*\*|\*\*$/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

const meaningful = (children: readonly PhrasingContent[]) =>
	children.filter((child) => !(child.type === "text" && child.value.trim() === ""));

/** True when a paragraph is nothing but bold text (a question written as `**如何……？**`). */
function isAllStrong(paragraph: Paragraph): boolean {
	const children = meaningful(paragraph.children);
	return children.length === 1 && children[0]?.type === "strong";
}

export interface PartLabel {
	name: LabelName;
	/** The paragraph without its label, or undefined when the label stood alone. */
	rest: Paragraph | undefined;
}

/**
 * The label a paragraph starts with, bold (`**答案：**`, `**答案**：`, `**答案**`) or plain
 * (`答案：`, `A1:`, `答案` alone), with the label removed from a copy of the paragraph.
 */
export function takePartLabel(paragraph: Paragraph): PartLabel | undefined {
	const [first, ...others] = paragraph.children;
	if (!first) return undefined;
	let children: PhrasingContent[];
	let label: ReturnType<typeof readLabel>;
	if (first.type === "strong") {
		const inside = textOf(first);
		const after = others[0]?.type === "text" ? others[0].value : "";
		const colon = /^\s*[:：]/.test(after) && !/[:：]\s*$/.test(inside);
		label = readLabel(colon ? `${inside}：` : inside, true);
		if (!label) return undefined;
		children = [...others];
		if (label.rest) children.unshift({ type: "text", value: label.rest });
	} else if (first.type === "text") {
		label = readLabel(first.value, false);
		if (!label) return undefined;
		children = [{ type: "text", value: label.rest }, ...others];
	} else {
		return undefined;
	}
	// The paragraph is read more than once (to find items, then to split them): never change its nodes.
	const head = children[0];
	if (head?.type === "text") {
		const value = head.value.replace(/^\s*[:：]?\s*/, "");
		if (value === "") children.shift();
		else children[0] = { ...head, value };
	}
	return { name: label.name, rest: meaningful(children).length > 0 ? { ...paragraph, children } : undefined };
}

/** The label of a block, if it is a labelled paragraph or a heading that is only a label (`#### 答案`). */
function labelOf(block: RootContent | undefined): PartLabel | undefined {
	if (block?.type === "paragraph") return takePartLabel(block);
	if (block?.type === "heading") {
		const label = readLabel(textOf(block), true);
		if (label && label.rest === "" && label.name !== "question") return { name: label.name, rest: undefined };
	}
	return undefined;
}

function isQuestionHeading(heading: Heading): boolean {
	const text = textOf(heading).trim();
	return LABELLED.test(text) || ENDS_AS_QUESTION.test(text) || /^\d+\s*[.．、]\s*\S.*[？?]/.test(text);
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

/** The question a paragraph opens (`**Q：……？**`, `**问题：** ……`, `Q1: …?`), if it does. */
function questionOfParagraph(paragraph: Paragraph): string | undefined {
	const text = textOf(paragraph).trim();
	const label = takePartLabel(paragraph);
	if (label?.name === "question" && (paragraph.children[0]?.type === "strong" || ENDS_AS_QUESTION.test(text)))
		return stripQuestionLabel(text);
	// `2、**……？**`: numbering that Markdown does not read as a list.
	if (/^\d+\s*[、.．)]/.test(text) && ENDS_AS_QUESTION.test(text) && text.length <= 120)
		return stripQuestionLabel(text);
	return undefined;
}

const isAnswerLabel = (label: PartLabel | undefined) => label !== undefined && label.name !== "question";

/**
 * Whether `blocks[index]` opens a question item even where no heading names a bank: a question
 * heading, a numbered heading, a question paragraph or list item, followed by a labelled part
 * (`题目` / `答案` / `举例` / `解析`…).
 */
function opensItem(blocks: readonly RootContent[], index: number): boolean {
	const block = blocks[index];
	const next = blocks[index + 1];
	if (block?.type === "heading") {
		const text = textOf(block).trim();
		const label = labelOf(next);
		if (isQuestionHeading(block)) return label !== undefined;
		// A numbered heading is an item when labelled parts follow, unless it names a bank (its
		// `**Q：**` items follow it).
		return NUMBERED.test(text) && label !== undefined && !(label.name === "question" && namesBank(text));
	}
	if (block?.type === "paragraph")
		return questionOfParagraph(block) !== undefined && isAnswerLabel(labelOf(next));
	if (block?.type === "list") {
		return block.children.some((item, position) => {
			if (questionOfListItem(item, block.ordered === true) === undefined) return false;
			const inside = item.children.slice(1).some((child) => labelOf(child as RootContent) !== undefined);
			return inside || (position === block.children.length - 1 && isAnswerLabel(labelOf(next)));
		});
	}
	return false;
}

function emptyParts(): Record<PartName, RootContent[]> {
	return { answer: [], example: [], analysis: [] };
}

const isEmpty = (question: RawQuestion) =>
	question.statement.length === 0 && Object.values(question.parts).every((blocks) => blocks.length === 0);

/** How a bank was entered: under a heading that names it, or by its items alone. */
interface Bank {
	/** Headings at this depth or above end the bank (unless they open a question). */
	depth: number;
	/** For a bank of question headings found by their items: the headings' depth. */
	itemDepth?: number;
	named: boolean;
}

/**
 * Separates a document's blocks into the article and its question banks. A bank starts at a heading
 * such as 典型问题 / 面试题库 / 常见问题与解答, or, with no such heading, at the first of its items:
 * a question heading or numbered item followed by labelled parts. Inside, a question starts at a
 * question heading, a numbered or bold list item, or a `**Q：**` paragraph; what follows is split at
 * labels (答案 / 举例 / 解析); a `题目：` part right under a question is its full statement.
 * With `wholeBank`, every block is read as part of a bank (a document that is only a bank).
 */
export function splitQuestionBank(blocks: readonly RootContent[], wholeBank = false): SplitDocument {
	const result: SplitDocument = { article: [], questions: [], bankLines: [], skipped: [] };
	let bank: Bank | undefined = wholeBank ? { depth: 0, named: true } : undefined;
	let current: RawQuestion | undefined;
	let part: PartName | "statement" = "answer";
	let sectionDepth = 0;

	const start = (question: string, line: number) => {
		current = { question, line, statement: [], parts: emptyParts() };
		part = "answer";
		result.questions.push(current);
	};
	/** A named bank's heading and what came before its first question. */
	let opened: { heading: RootContent; preface: RootContent[]; questions: number } | undefined;
	/** Ends a bank; a named bank in which no question was found gives its blocks back to the article. */
	const close = () => {
		if (opened && result.questions.length === opened.questions) {
			result.article.push(opened.heading, ...opened.preface);
			const lines = new Set([opened.heading, ...opened.preface].map(lineOf));
			result.bankLines = result.bankLines.filter((line) => !lines.has(line));
			result.skipped = result.skipped.filter((line) => !lines.has(line));
		}
		opened = undefined;
		bank = undefined;
		current = undefined;
	};
	const add = (block: RootContent) => {
		if (!current) {
			result.skipped.push(lineOf(block));
			opened?.preface.push(block);
			return;
		}
		const label = labelOf(block);
		if (label?.name === "question" && isEmpty(current)) {
			part = "statement";
			if (label.rest) current.statement.push(label.rest);
			return;
		}
		if (label && label.name !== "question") {
			part = label.name;
			if (label.rest) current.parts[part].push(label.rest);
			return;
		}
		if (part === "statement") current.statement.push(block);
		else current.parts[part].push(block);
	};

	blocks.forEach((block, index) => {
		if (block.type === "heading") {
			const text = textOf(block);
			if (bank && !bank.named && bank.itemDepth !== undefined) {
				// A bank found by its items: headings at the items' depth are questions or end it.
				if (opensItem(blocks, index) || (block.depth === bank.itemDepth && isQuestionHeading(block))) {
					start(stripQuestionLabel(text), lineOf(block));
					return;
				}
				if (labelOf(block) !== undefined) {
					add(block);
					return;
				}
				if (block.depth <= bank.itemDepth) close();
			} else if (bank && (block.depth > bank.depth || isQuestionHeading(block))) {
				if (isQuestionHeading(block) || opensItem(blocks, index)) {
					start(stripQuestionLabel(text), lineOf(block));
					return;
				}
			} else if (namesBank(text) && !opensItem(blocks, index)) {
				close();
				bank = { depth: block.depth, named: true };
				opened = { heading: block, preface: [], questions: result.questions.length };
				result.bankLines.push(lineOf(block));
				return;
			} else if (bank) {
				close();
			}
			if (!bank && opensItem(blocks, index)) {
				bank = { depth: block.depth - 1, itemDepth: block.depth, named: false };
				start(stripQuestionLabel(text), lineOf(block));
				return;
			}
			if (!bank) sectionDepth = block.depth;
		} else if (!bank && opensItem(blocks, index)) {
			bank = { depth: sectionDepth, named: false };
			current = undefined;
			// A section heading with nothing but the items under it (常见疑问) is the bank's heading.
			const last = result.article.at(-1);
			if (last?.type === "heading") {
				result.article.pop();
				result.bankLines.push(lineOf(last));
			}
		}
		if (!bank) {
			result.article.push(block);
			return;
		}
		if (block.type === "list") {
			// Items that are not questions stay together as one list in the current part.
			let pending: ListItem[] = [];
			const flush = () => {
				const list = { ...block, children: pending } satisfies List;
				// Items before the first question of a bank found by its items are the article's
				// (Markdown joins a numbered list and the numbered questions after it into one list).
				if (pending.length > 0 && !current && !bank?.named) result.article.push(list);
				else if (pending.length > 0) add(list);
				pending = [];
			};
			for (const item of block.children) {
				const question = questionOfListItem(item, block.ordered === true);
				if (!question || (current && part === "statement")) {
					pending.push(item);
					continue;
				}
				flush();
				start(question, lineOf(item));
				for (const child of item.children.slice(1)) add(child as RootContent);
			}
			flush();
			return;
		}
		const question = block.type === "paragraph" ? questionOfParagraph(block) : undefined;
		if (question !== undefined && !(current && isEmpty(current) && labelOf(block)?.name === "question"))
			start(question, lineOf(block));
		else add(block);
	});
	close();
	return result;
}
