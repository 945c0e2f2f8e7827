import { scanFences } from "../markdown/fences.ts";
import { ImportError } from "./problems.ts";

export interface TitleMatch {
	title: string;
	/** 1-based lines the title took up; they are blanked in the document. */
	lines: number[];
}

const MARKER = /^\s*#{0,6}\s*(?:\*\*)?(主题|标题|文章标题|博客标题)(?:\*\*)?\s*(?:[:：]\s*(.*))?$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;
const BOLD_LINE = /^\s*\*\*(.+?)\*\*\s*$/;

/** A title as readers should see it: no heading marks, bold, book-title brackets or trailing colon. */
export function cleanTitle(raw: string): string {
	return raw
		.replace(/^#{1,6}\s+/, "")
		.replace(/^\*\*(.*)\*\*$/, "$1")
		.replace(/^《(.*)》$/, "$1")
		.replace(/[:：]\s*$/, "")
		.trim();
}

function nextNonBlank(lines: readonly string[], from: number): number {
	let index = from;
	while (index < lines.length && (lines[index] ?? "").trim() === "") index += 1;
	return index;
}

/** A title marker line (`### 主题：X`, `### 博客标题：` + `《X》`…) at `index`, if there is one. */
export function titleMarkerAt(lines: readonly string[], index: number): TitleMatch | undefined {
	const match = MARKER.exec(lines[index] ?? "");
	if (!match) return undefined;
	const rest = cleanTitle(match[2] ?? "");
	if (rest) return { title: rest, lines: [index + 1] };
	const next = nextNonBlank(lines, index + 1);
	const line = lines[next] ?? "";
	const title = /^\s*(```|~~~)/.test(line) ? "" : cleanTitle(line);
	return title ? { title, lines: [index + 1, next + 1] } : undefined;
}

/**
 * Finds the document's title: a `主题：` / `文章标题` / `博客标题：` marker, a bold first line, the first
 * line if it is a heading, or else the first heading anywhere.
 */
export function findTitle(lines: readonly string[], file: string): TitleMatch {
	const first = nextNonBlank(lines, 0);
	const marker = titleMarkerAt(lines, first);
	if (marker) return marker;
	const line = lines[first] ?? "";
	const bold = BOLD_LINE.exec(line)?.[1];
	if (bold) return { title: cleanTitle(bold), lines: [first + 1] };
	const { inCode } = scanFences(lines);
	for (let index = first; index < lines.length; index += 1) {
		const heading = inCode[index] ? undefined : HEADING.exec(lines[index] ?? "")?.[1];
		if (heading) return { title: cleanTitle(heading), lines: [index + 1] };
	}
	throw new ImportError(
		file,
		first + 1,
		"找不到标题：请在第一行写「### 主题：标题」、「**标题**」或「# 标题」",
	);
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
