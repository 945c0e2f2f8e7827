import { readFile } from "node:fs/promises";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { VFile } from "vfile";
import { beforeAll, describe, expect, it } from "vitest";
import { keepOnlyWoff2 } from "../../src/integrations/katex-woff2-only.ts";
import { remarkMermaidSvg, svgWidth } from "../../src/markdown/remark-mermaid-svg.ts";
import { renderMarkdown } from "../helpers/markdown.ts";

describe("the site's Markdown pipeline on a fixture with every feature", () => {
	let html: string;
	let tree: ReturnType<typeof fromHtml>;
	beforeAll(async () => {
		html = await renderMarkdown(await readFile("tests/fixtures/markdown/everything.md", "utf8"));
		tree = fromHtml(html, { fragment: true });
	});

	it("bolds text next to full-width punctuation (CJK-friendly emphasis)", () => {
		const strong = selectAll("strong", tree).map((node) => textOf(node));
		expect(strong).toEqual(["答案：", "注意（重要）"]);
		expect(html).not.toContain("**");
		expect(selectAll("del", tree).map((node) => textOf(node))).toEqual(["删除线（旧说法）"]);
	});

	it("renders inline and display math with KaTeX, leaving no raw TeX delimiters", () => {
		expect(selectAll(".katex", tree).length).toBe(2);
		const display = select(".katex-display", tree);
		expect(display?.properties["tabIndex"]).toBe(0);
		expect(display?.properties["role"]).toBe("group");
		expect(html).not.toMatch(/\$\$|\$E =/);
	});

	it("highlights code with Shiki's light and dark themes inside a copyable figure", () => {
		const figure = select("figure.code", tree);
		if (!figure) throw new Error("no figure.code in the output");
		expect(textOf(select(".code-lang", figure) ?? figure)).toBe("python");
		expect(select("button.code-copy[data-copy]", figure)).toBeDefined();
		const pre = select("pre.astro-code", figure);
		expect(pre?.properties["tabIndex"]).toBe(0);
		expect(String(pre?.properties["style"])).toMatch(/--shiki-light-bg:.*--shiki-dark-bg:/);
		expect(html).toMatch(/--shiki-dark:#/);
	});

	it("renders the mermaid fence to an inline SVG themed by CSS variables, with no remote font", () => {
		expect(select("figure.diagram", tree)?.properties["style"]).toMatch(/^--diagram-width: \d+px$/);
		const svg = select("figure.diagram svg", tree);
		if (!svg) throw new Error("no figure.diagram svg in the output");
		expect(html).toContain("var(--diagram-fg)");
		expect(textOf(svg)).toContain("数据");
		expect(html).not.toMatch(/@import|https?:\/\/fonts/);
		expect(select("code.language-mermaid", tree)).toBeUndefined();
	});
});

describe("pipeline edge cases", () => {
	it("keeps a broken diagram as code and reports it with its line", async () => {
		const markdown = "# 图\n\n```mermaid\nthis is not a diagram\n```\n";
		const html = await renderMarkdown(markdown);
		expect(html).not.toContain("<svg");
		expect(html).toContain("this is not a diagram");

		const file = new VFile({ path: "content/articles/x.md", value: markdown });
		const processor = unified().use(remarkParse).use(remarkMermaidSvg).use(remarkStringify);
		await processor.process(file);
		expect(file.messages.map((message) => [message.line, message.ruleId])).toEqual([[3, "mermaid-render"]]);
		expect(file.messages[0]?.reason).toMatch(/^Mermaid 图无法渲染：.*请检查图的语法。$/);
	});

	it("leaves a dollar amount in prose alone when it is not math", async () => {
		const html = await renderMarkdown("单价 5 美元，折扣后 4 美元。");
		expect(html).toBe("<p>单价 5 美元，折扣后 4 美元。</p>");
	});

	it("renders a fence without a language as plain text in a figure", async () => {
		const html = await renderMarkdown("```\nplain\n```\n");
		expect(html).toContain('<span class="code-lang">text</span>');
	});
});

describe("keepOnlyWoff2", () => {
	it("keeps the woff2 source of every KaTeX font and drops the others", async () => {
		const css = await readFile("node_modules/katex/dist/katex.min.css", "utf8");
		const trimmed = keepOnlyWoff2(css);
		const faces = trimmed.match(/@font-face\{[^}]*\}/g) ?? [];
		expect(faces.length).toBeGreaterThan(10);
		for (const face of faces) {
			expect(face).toMatch(/src:url\(fonts\/[\w-]+\.woff2\) format\("woff2"\)[;}]/);
		}
		expect(trimmed).not.toMatch(/\.(woff|ttf)\)/);
	});
});

describe("svgWidth", () => {
	it.each([
		['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1208.72 205" width="1208.72" height="205">', 1209],
		['<svg viewBox="0 0 10 10">', undefined],
		['<svg width="0">', undefined],
	])("%s → %s", (svg, width) => {
		expect(svgWidth(svg)).toBe(width);
	});
});
