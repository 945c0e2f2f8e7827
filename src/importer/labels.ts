/**
 * The labels generated documents put before the parts of a question (`**答案：**`, `解析:`, `A1：`),
 * shared by the title finder (a heading followed by a label is a question, not a title) and the
 * question-bank reader.
 */

export type PartName = "answer" | "example" | "analysis";
export type LabelName = PartName | "question";

/** Label words, longest first within each part. */
const WORDS: [LabelName, string][] = [
	["question", "题目描述|题目|问题描述|问题|Question|Q\\s*\\d*"],
	["answer", "参考答案|标准答案|答案|回答|解答|Answer|A\\s*\\d*|答"],
	["example", "示例代码|代码示例|代码实现|编程实现|算法实现|举例说明|举例|示例|代码|Example"],
	["analysis", "答案解析|解题思路|解析|分析|详解|讲解|思路|Explanation|Analysis"],
];

const ALTERNATION = WORDS.map(([, words]) => words).join("|");

/** A label at the start of a line of text: the word, an optional colon, the rest. */
const AT_START = new RegExp(`^\\s*(${ALTERNATION})[ \\t]*([:：])?[ \\t]*(\\n)?\\s*(.*)$`, "is");

/** Which part a label word names. */
export function labelName(word: string): LabelName | undefined {
	for (const [name, words] of WORDS) if (new RegExp(`^(?:${words})$`, "i").test(word.trim())) return name;
	return undefined;
}

export interface LabelMatch {
	name: LabelName;
	/** Text after the label, without the colon. */
	rest: string;
}

/**
 * The label a paragraph's text starts with. `bold` says the label was written in bold: a bold
 * label needs no colon; a plain one needs a colon, or must stand alone on its line. A label that
 * is one letter (`A`, `Q`) always needs a colon or a number.
 */
export function readLabel(text: string, bold: boolean): LabelMatch | undefined {
	const match = AT_START.exec(text);
	if (!match) return undefined;
	const word = match[1] ?? "";
	const name = labelName(word);
	if (!name) return undefined;
	// A label alone on its line is followed by a line break: as good as a colon.
	const colon = match[2] !== undefined || match[3] !== undefined;
	const rest = (match[4] ?? "").trim();
	const letter = /^[AQ]$/i.test(word.trim());
	if (letter && !colon) return undefined;
	if (!colon && !bold && rest !== "") return undefined;
	// `答` alone is too common a character to be a label without a colon.
	if (word === "答" && !colon) return undefined;
	// Without a colon, the label must end at a word boundary: "Answering…" is not "Answer".
	if (!colon && rest !== "" && /^[a-z]/i.test(rest) && /[a-z]$/i.test(word)) return undefined;
	return { name, rest };
}

/** A source line that is a part label (`**答案：**`, `> 解析:`, `答案`), as the title finder sees it. */
export function isLabelLine(line: string): boolean {
	const text = line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+)?/, "");
	const bold = /^\*\*([^*]+)\*\*\s*([:：]?)\s*(.*)$/.exec(text);
	if (bold) return readLabel(`${bold[1] ?? ""}${bold[2] ?? ""} ${bold[3] ?? ""}`, true) !== undefined;
	return readLabel(text, false) !== undefined;
}
