import { scanFences } from "../markdown/fences.ts";
import type { ImportNote } from "./problems.ts";

export interface DocumentMetadata {
	keywords: string[];
	abstract?: string;
	author?: string;
	date?: string;
	/** 1-based source line of each field that was found. */
	lines: Partial<Record<"keywords" | "abstract" | "author" | "date", number>>;
}

export interface CleanedDocument {
	/** The document with dropped lines blanked, so line numbers still match the source. */
	lines: string[];
	metadata: DocumentMetadata;
	dropped: ImportNote[];
}

const BOILERPLATE: [RegExp, string][] = [
	[/^#*\s*(完成|已完成)?博客撰写(完成|完毕)?[，,].*(修改|补充).*$/, "结尾套话"],
	[/^#*\s*完成博客撰写.*$/, "结尾套话"],
	[/^#*\s*(以上|本文)?.*如需进一步修改或补充，?请告知。?\s*$/, "结尾套话"],
	[/^\s*-{3,}\s*$/, "分隔线"],
	[/^\s*\[(您的|你的)[^\]]*\]\s*$/, "占位作者信息"],
	[/^#*\s*(作者|联系方式)[:：]\s*$/, "占位作者信息的标题"],
	[/^#{1,6}\s*(博客|文章)?(内容|正文)[:：]?\s*$/, "无内容的标签标题"],
	[/^#{1,6}\s*注[:：]\s*$/, "附注标题"],
	[
		/!\[[^\]]*\]\(\s*https?:\/\/(via\.placeholder\.com|placehold\.(co|it)|placeholder\.com|dummyimage\.com|picsum\.photos|placekitten\.com)[^)]*\)/,
		"占位图片",
	],
];

/** `word：value` in the forms writers use: bold or not, in a block quote or a list, `:` or `：`. */
const metaLine = (words: string, value = "(.+)", list = "") =>
	new RegExp(
		`^\\s*(?:>\\s*)*${list}#{0,6}\\s*(?:\\*\\*)?(?:${words})(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*${value}$`,
		"i",
	);

const DATE = "(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)\\s*";
type MetaField = Exclude<keyof DocumentMetadata, "lines">;

/** Metadata lines recognised anywhere in the document. */
const META: [RegExp, MetaField][] = [
	[metaLine("关键词|关键字|Keywords?|Key words"), "keywords"],
	[metaLine("摘要|Abstract"), "abstract"],
	[metaLine("作者|Author"), "author"],
	[metaLine("日期|发布日期|Date", DATE), "date"],
];

/** More forms, read only in a document's head (its first lines), where a body never has them. */
const HEAD_META: [RegExp, MetaField][] = [
	[metaLine("关键词|关键字|标签|Keywords?|Key words|Tags", "(.+)", "(?:[-*+]\\s+)?"), "keywords"],
	[metaLine("摘要|概要|内容提要|Abstract|Summary|TL;DR", "(.+)", "(?:[-*+]\\s+)?"), "abstract"],
	[metaLine("作者|Author|By", "(.+)", "(?:[-*+]\\s+)?"), "author"],
	[metaLine("日期|发布日期|发布时间|Date|Published", DATE, "(?:[-*+]\\s+)?"), "date"],
];

/** How many non-blank lines count as a document's head. */
const HEAD_LINES = 12;

/** `2026/1/5`, `2026年1月5日` → `2026-01-05`. */
export function isoDate(text: string): string {
	const [year = "", month = "", day = ""] = text.split(/\D+/).filter(Boolean);
	return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** A line that is a placeholder, not a real value: `[您的名称]`, `XXX`, empty brackets. */
const isPlaceholder = (value: string) => /^\[.*\]$|^(x{2,}|待定|未知)$/i.test(value.trim());

/**
 * Blanks boilerplate (closing pleasantries, placeholder author blocks, separator lines, placeholder
 * images) and metadata lines (关键词 / 摘要 / 作者 / 日期), reporting each with its line number.
 * Lines inside code fences are left alone.
 */
export function cleanLines(text: string): CleanedDocument {
	const lines = text.split("\n");
	const metadata: DocumentMetadata = { keywords: [], lines: {} };
	const dropped: ImportNote[] = [];
	const { inCode } = scanFences(lines);
	let seen = 0;
	lines.forEach((line, index) => {
		if (inCode[index]) return;
		if (line.trim() !== "") seen += 1;
		for (const [pattern, field] of seen <= HEAD_LINES ? HEAD_META : META) {
			const value = pattern.exec(line)?.[1]?.trim().replace(/\*\*$/, "").trim();
			if (value === undefined) continue;
			if (isPlaceholder(value)) {
				dropped.push({ line: index + 1, message: `占位作者信息：${line.trim()}` });
			} else if (field === "keywords") {
				metadata.lines.keywords ??= index + 1;
				metadata.keywords.push(
					...value
						.split(/[,，、;；]\s*/)
						.map((word) => word.trim())
						.filter(Boolean),
				);
			} else if (metadata[field] === undefined) {
				metadata[field] = field === "date" ? isoDate(value) : value;
				metadata.lines[field] = index + 1;
			}
			lines[index] = "";
			return;
		}
		for (const [pattern, reason] of BOILERPLATE) {
			if (!pattern.test(line)) continue;
			dropped.push({ line: index + 1, message: `${reason}：${line.trim().slice(0, 40)}` });
			lines[index] = reason === "占位图片" ? line.replace(pattern, "") : "";
			return;
		}
	});
	return { lines, metadata, dropped };
}
