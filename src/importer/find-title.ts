import { scanFences } from "../markdown/fences.ts";
import { isLabelLine } from "./labels.ts";
import { ImportError } from "./problems.ts";
import { htmlToText } from "./strip-html.ts";

export interface TitleMatch {
	title: string;
	/** 1-based lines the title took up; they are blanked in the document. */
	lines: number[];
}

const MARKER =
	/^\s*(?:>\s*)?#{0,6}\s*(?:\*\*)?(主题|标题|文章标题|博客标题|Title)(?:\*\*)?\s*(?:[:：]\s*(?:\*\*)?\s*(.*?)(?:\*\*)?\s*)?$/i;
const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;
const BOLD_LINE = /^\s*\*\*(.+?)\*\*\s*$/;

/** Section names that are never a document's title, with or without numbering. */
const GENERIC =
	/^(?:背景介绍|背景|引言|前言|导言|导读|概述|概要|简介|介绍|文章标题|正文|内容|目录|摘要|总结|结论|结语|小结|参考文献|参考资料|附录|introduction|background|overview|abstract|summary|conclusions?|contents|references|appendix)$/i;

/** Numbering before a heading: `1.`, `1.2`, `一、`, `（一）`, `第一章`. */
export const NUMBERING =
	/^\s*(?:\d+(?:\.\d+)*\s*[.．、)]?|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[章节部分])\s*/;

/** A title as readers should see it: no heading marks, bold, book-title brackets or trailing colon. */
export function cleanTitle(raw: string): string {
	return htmlToText(raw)
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/`+/g, "")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^#{1,6}\s+/, "")
		.replace(/^\*\*(.*)\*\*$/, "$1")
		.replace(/^《(.*)》$/, "$1")
		.replace(/[:：]\s*$/, "")
		.trim();
}

/** True for a section name (背景介绍, 1. 引言, Introduction…) that must never become the title. */
export function isGenericHeading(text: string): boolean {
	return GENERIC.test(cleanTitle(text).replace(NUMBERING, "").trim());
}

function nextNonBlank(lines: readonly string[], from: number): number {
	let index = from;
	while (index < lines.length && (lines[index] ?? "").trim() === "") index += 1;
	return index;
}

/** A title marker line (`### 主题：X`, `**标题：** X`, `Title: X`, `### 博客标题：` + `《X》`…) at `index`. */
export function titleMarkerAt(lines: readonly string[], index: number): TitleMatch | undefined {
	const match = MARKER.exec(lines[index] ?? "");
	if (!match) return undefined;
	const rest = cleanTitle(match[2] ?? "");
	if (rest) return { title: rest, lines: [index + 1] };
	const next = nextNonBlank(lines, index + 1);
	const line = lines[next] ?? "";
	const title = /^\s*(```|~~~)/.test(line) || isLabelLine(line) ? "" : cleanTitle(line);
	return title && !isGenericHeading(title) ? { title, lines: [index + 1, next + 1] } : undefined;
}

/**
 * Whether a heading can be the title: not a section name, not numbered like a section or an item,
 * and not a question whose labelled parts (`**答案：**`…) follow.
 */
function canBeTitle(lines: readonly string[], index: number, text: string): boolean {
	if (isGenericHeading(text) || NUMBERING.test(cleanTitle(text))) return false;
	return !isLabelLine(lines[nextNonBlank(lines, index + 1)] ?? "");
}

/** A plain first line that is obviously a title: short, no sentence end, a blank line after it. */
function isPlainTitleLine(lines: readonly string[], index: number): boolean {
	const line = (lines[index] ?? "").trim();
	if (line.length < 4 || line.length > 40 || /[。！!；;，,]|[.?？]$|^[>\-*+|`$<]|^\d/.test(line))
		return false;
	return (lines[index + 1] ?? "").trim() === "" && nextNonBlank(lines, index + 1) < lines.length;
}

/**
 * Finds the document's title: a `主题：` / `标题：` / `Title:` marker, a bold first line, a plain
 * first line that reads as a title, or the first heading, unless that heading is a section name
 * (背景介绍, 引言…), numbered like a section, or a question item.
 * Returns undefined when the document has no title.
 */
export function locateTitle(lines: readonly string[]): TitleMatch | undefined {
	const first = nextNonBlank(lines, 0);
	const marker = titleMarkerAt(lines, first);
	if (marker) return marker;
	const line = lines[first] ?? "";
	const bold = BOLD_LINE.exec(line)?.[1];
	if (bold && !isGenericHeading(bold) && canBeTitle(lines, first, bold))
		return { title: cleanTitle(bold), lines: [first + 1] };
	if (
		!HEADING.test(line) &&
		isPlainTitleLine(lines, first) &&
		!isLabelLine(line) &&
		canBeTitle(lines, first, line)
	)
		return { title: cleanTitle(line), lines: [first + 1] };
	const { inCode } = scanFences(lines);
	const headings = lines.flatMap((text, index) => {
		const match = inCode[index] ? undefined : /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
		return match ? [{ index, depth: match[1]?.length ?? 0, text: cleanTitle(match[2] ?? "") }] : [];
	});
	const [heading, ...later] = headings;
	// Only the first heading of a document can be its title; later ones are sections. After body
	// text, it is the title only if no later heading sits at its level or above (else it is a section).
	if (!heading || !canBeTitle(lines, heading.index, heading.text)) return undefined;
	const sibling = later.some((other) => other.depth <= heading.depth && other.text !== heading.text);
	if (heading.index !== first && sibling) return undefined;
	return { title: heading.text, lines: [heading.index + 1] };
}

/** The message for a document without a title (its first line is where one should be). */
export const NO_TITLE = "找不到标题：请在第一行写「# 标题」、「**标题**」或「标题：……」，或用 --title 指定";

/** {@link locateTitle}, or an {@link ImportError} at the first line when there is none. */
export function findTitle(lines: readonly string[], file: string): TitleMatch {
	const title = locateTitle(lines);
	if (title) return title;
	throw new ImportError(file, nextNonBlank(lines, 0) + 1, NO_TITLE);
}

/**
 * Lines (0-based) where the document starts over: a later title marker, or a later heading that
 * repeats the title. A generated file often holds a draft and then a "blog" version of it.
 */
export function findRepeats(lines: readonly string[], title: TitleMatch): TitleMatch[] {
	const repeats: TitleMatch[] = [];
	const after = Math.max(...title.lines);
	const { inCode } = scanFences(lines);
	for (let index = after; index < lines.length; index += 1) {
		const text = lines[index] ?? "";
		if (inCode[index]) continue;
		const marker = titleMarkerAt(lines, index);
		const heading = HEADING.exec(text)?.[1];
		const bold = BOLD_LINE.exec(text)?.[1];
		if (marker) {
			repeats.push(marker);
			index = Math.max(...marker.lines) - 1;
		} else if (
			(heading && cleanTitle(heading) === title.title) ||
			(bold && cleanTitle(bold) === title.title)
		) {
			repeats.push({ title: title.title, lines: [index + 1] });
		}
	}
	return repeats;
}
