import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/importer/import-document.ts";
import {
	findUnclosedDisplayMath,
	findUnclosedInlineMath,
	latexToDollars,
} from "../../src/importer/math-delimiters.ts";
import { parseMarkdown } from "../../src/markdown/dialect.ts";
import { countMath } from "../helpers/math.ts";

const lines = (text: string) => text.split("\n");

describe("latexToDollars", () => {
	it.each([
		["其中 \\(x\\) 是输入", "其中 $x$ 是输入"],
		["\\[", "$$"],
		["公式 \\[a+b\\] 如上", "公式 $$a+b$$ 如上"],
		["`\\(x\\)` 是代码", "`\\(x\\)` 是代码"],
		["a \\\\[4pt] b", "a \\\\[4pt] b"],
	])("%s → %s", (input, output) => {
		expect(latexToDollars([input])).toEqual([output]);
	});

	it("leaves code fences alone", () => {
		expect(latexToDollars(["```latex", "\\[x\\]", "```"])).toEqual(["```latex", "\\[x\\]", "```"]);
	});
});

describe("unclosed formulas", () => {
	it.each([
		["$$\nx\n$$", undefined],
		["正文 $$x$$ 正文", undefined],
		["$$\nx\n\ny\n$$", undefined],
		["前文\n\n$$\nx = 1\n\n后文", 3],
		["正文 $$x 正文\n\n下一段", 1],
		["> $$\n> x\n> $$", undefined],
		["1. 项目 $$a$$\n2. 项目 $$b", 2],
		["```\n$$\n```", undefined],
	])("display %j → %s", (text, line) => {
		expect(findUnclosedDisplayMath(lines(text))).toBe(line);
	});

	it.each([
		["\\(x\\) 与 \\(y\\)", undefined],
		["\\(x 与 y\n\n下一段", 1],
		["x\\) 多了一个", 1],
		["`\\(` 是代码", undefined],
	])("inline %j → %s", (text, line) => {
		expect(findUnclosedInlineMath(lines(text))).toBe(line);
	});
});

const DOCUMENT = `# 损失函数的几种写法

## 一、交叉熵

1. 分类任务的损失为 $$L = -\\sum_i y_i \\log p_i$$ 其中 $y_i$ 是标签。
2. 回归任务常用均方误差：
   \\[ L = \\frac{1}{n}\\sum_i (y_i - \\hat{y}_i)^2 \\]

> 引用的公式也保持独立成行：$$E = mc^2$$

## 二、正则化

加入权重衰减后，目标变为 \\(L + \\lambda \\lVert w \\rVert^2\\)，其中 $\\lambda$ 控制强度。
`;

describe("display math stays display wherever it stands", () => {
	const document = importDocument("math.md", new TextEncoder().encode(DOCUMENT), { date: "2026-11-01" });
	const body = document.article?.body ?? "";
	const written = countMath(parseMarkdown(body));

	it("keeps all three display formulas as blocks (in a list item, a quote, and on a \\[ line)", () => {
		expect(written.display).toBe(3);
		expect(body).toMatch(/^ {3}\$\$\n {3}L = -\\sum_i y_i \\log p_i\n {3}\$\$$/m);
		expect(body).toMatch(/^> \$\$\n> E = mc\^2\n> \$\$$/m);
	});

	it("keeps inline formulas inline, \\( \\) included", () => {
		expect(written.inline).toBe(3);
		expect(body).toContain("$L + \\lambda \\lVert w \\rVert^2$");
	});

	it("counts in the report what it wrote", () => {
		expect(document.report.formulas).toBe(written.display + written.inline);
	});
});
