import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/practice/deck.ts";
import { type Block, type Inline, parseInline, parseNote } from "../../src/practice/note-markdown.ts";

const t = (text: string): Inline => ({ type: "text", text });

/** All the text a reader would see, in order. */
function inlineText(parts: readonly Inline[]): string {
	return parts.map((part) => ("children" in part ? inlineText(part.children) : part.text)).join("");
}
function blockText(block: Block): string {
	if (block.type === "code") return block.text;
	if (block.type === "list") return block.items.map(inlineText).join("");
	return block.lines.map(inlineText).join("");
}

describe("note inline Markdown", () => {
	it("reads code, bold, italic and web links", () => {
		expect(
			parseInline("用 `top_k` 和 **温度** 控制，*别* 忘了 _种子_，见 [文档](https://example.com/a?b=1)"),
		).toEqual([
			t("用 "),
			{ type: "code", text: "top_k" },
			t(" 和 "),
			{ type: "strong", children: [t("温度")] },
			t(" 控制，"),
			{ type: "em", children: [t("别")] },
			t(" 忘了 "),
			{ type: "em", children: [t("种子")] },
			t("，见 "),
			{ type: "link", href: "https://example.com/a?b=1", children: [t("文档")] },
		]);
	});

	it.each([
		"[点我](javascript:alert(1))",
		"[点我](data:text/html,<script>)",
		"[点我](//evil.example)",
		"[点我](/relative)",
	])("keeps %s as text, not a link", (source) => {
		const parts = parseInline(source);
		expect(parts.some((part) => part.type === "link")).toBe(false);
		expect(inlineText(parts)).toBe(source);
	});

	it("keeps HTML as text", () => {
		expect(parseInline("<img src=x onerror=alert(1)>")).toEqual([t("<img src=x onerror=alert(1)>")]);
	});

	it("leaves code untouched by other marks", () => {
		expect(parseInline("`**a**`")).toEqual([{ type: "code", text: "**a**" }]);
	});
});

describe("note blocks", () => {
	it("reads paragraphs (line breaks kept), headings, lists, quotes and fenced code", () => {
		const note = [
			"# 要点",
			"第一行",
			"第二行",
			"",
			"- 一",
			"* 二",
			"1. 甲",
			"2) 乙",
			"> 引用",
			"> 续",
			"```python",
			"print('<b>')",
			"",
			"```",
			"结尾",
		].join("\n");
		expect(parseNote(note)).toEqual([
			{ type: "heading", lines: [[t("要点")]] },
			{ type: "paragraph", lines: [[t("第一行")], [t("第二行")]] },
			{ type: "list", ordered: false, items: [[t("一")], [t("二")]] },
			{ type: "list", ordered: true, items: [[t("甲")], [t("乙")]] },
			{ type: "quote", lines: [[t("引用")], [t("续")]] },
			{ type: "code", text: "print('<b>')\n" },
			{ type: "paragraph", lines: [[t("结尾")]] },
		]);
	});

	it("reads Windows line ends and an unclosed fence", () => {
		expect(parseNote("a\r\nb\r\n```\ncode")).toEqual([
			{ type: "paragraph", lines: [[t("a")], [t("b")]] },
			{ type: "code", text: "code" },
		]);
		expect(parseNote("")).toEqual([]);
		expect(parseNote(" \n\n ")).toEqual([]);
	});

	it("never throws and loses no visible character on random input", () => {
		const random = seededRandom(14);
		const alphabet = [
			"*",
			"_",
			"`",
			"[",
			"]",
			"(",
			")",
			"#",
			">",
			"-",
			"1",
			".",
			" ",
			"\n",
			"a",
			"中",
			"<",
			"h",
		];
		for (let round = 0; round < 300; round += 1) {
			const source = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
				"",
			);
			const blocks = parseNote(source);
			const letters = (text: string) => text.replace(/[^a中<h]/g, "");
			expect(letters(blocks.map(blockText).join(""))).toBe(letters(source.replace(/^```.*$/gm, "")));
		}
	});
});
