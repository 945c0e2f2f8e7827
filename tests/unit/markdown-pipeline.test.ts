import { readFile } from "node:fs/promises";
import { fromHtml } from "hast-util-from-html";
import { select, selectAll } from "hast-util-select";
import { toString as textOf } from "hast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { beforeAll, describe, expect, it } from "vitest";
import { keepOnlyWoff2 } from "../../src/integrations/katex-woff2-only.ts";
import { rehypeMermaidSvg, svgWidth } from "../../src/markdown/rehype-mermaid-svg.ts";
import { hasRawHtml } from "../../src/markdown/rehype-raw-when-needed.ts";
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

	it("links every section heading to itself, with a label and no text of its own", () => {
		const headings = selectAll("h2, h3", tree);
		expect(headings.map((node) => node.properties["id"])).toEqual(["背景", "代码"]);
		for (const heading of headings) {
			const anchor = select("a.heading-anchor", heading);
			expect(anchor?.properties["href"]).toBe(`#${String(heading.properties["id"])}`);
			expect(anchor?.properties["ariaLabel"]).toBe(`本节链接：${textOf(heading)}`);
			expect(anchor?.children).toEqual([]);
		}
	});

	it("renders inline and display math with KaTeX, leaving no raw TeX delimiters", () => {
		expect(selectAll(".katex", tree).length).toBe(2);
		const display = select(".katex-display", tree);
		expect(display?.properties["tabIndex"]).toBe(0);
		expect(display?.properties["role"]).toBe("group");
		expect(html).not.toMatch(/\$\$|\$E =/);
	});

	it("highlights code with Shiki, coloured by CSS variables, inside a copyable figure", () => {
		const figure = select("figure.code", tree);
		if (!figure) throw new Error("no figure.code in the output");
		expect(textOf(select(".code-lang", figure) ?? figure)).toBe("python");
		expect(select("button.code-copy[data-copy]", figure)).toBeDefined();
		// Code is not searched: the whole figure stays out of the search index.
		expect(figure.properties["dataPagefindIgnore"]).toBe("");
		expect(html).toMatch(/<figure class="code" data-pagefind-ignore(="")?>/);
		const pre = select("pre.astro-code", figure);
		expect(pre?.properties["tabIndex"]).toBe(0);
		expect(String(pre?.properties["style"])).toContain("background-color:var(--astro-code-background)");
		expect(html).toContain('style="color:var(--astro-code-token-keyword)"');
		expect(html).not.toMatch(/color:#[0-9a-f]{3,8}/i);
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
	it("shows readers a note before an example the importer marked unverified, and only there", async () => {
		const html = await renderMarkdown("```python unverified\nprint(1\n```\n\n```python\nprint(1)\n```\n");
		expect(html.match(/<p class="code-unverified">/g)).toHaveLength(1);
		expect(html.indexOf("code-unverified")).toBeLessThan(html.indexOf("<figure"));
		expect(html).toContain("未经验证");
	});

	it("keeps a broken diagram as code and reports it with its line", async () => {
		const markdown = "# 图\n\n```mermaid\nthis is not a diagram\n```\n";
		const html = await renderMarkdown(markdown);
		expect(html).not.toContain("<svg");
		expect(html).toContain("this is not a diagram");

		const file = new VFile({ path: "content/articles/x.md", value: markdown });
		const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaidSvg).use(rehypeStringify);
		await processor.process(file);
		expect(file.messages.map((message) => [message.line, message.ruleId])).toEqual([[3, "mermaid-render"]]);
		expect(file.messages[0]?.reason).toMatch(/^Mermaid 图无法渲染：.*请检查图的语法。$/);
	});

	it.each([
		["a script element", "<script>alert(1)</script>\n\n正文", /<script/],
		["an event handler", '<img src="x.png" onerror="alert(1)">', /onerror/],
		["a javascript: link", "[点我](javascript:alert(1))", /javascript:/],
		["a javascript: link in raw HTML", '<a href="javascript:alert(1)">点我</a>', /javascript:/],
		["an iframe", '<iframe src="https://example.com"></iframe>', /<iframe/],
		["a style element", "<style>body{display:none}</style>", /<style/],
	])("makes %s inert", async (_name, markdown, forbidden) => {
		expect(await renderMarkdown(markdown)).not.toMatch(forbidden);
	});

	it("keeps harmless raw HTML, such as a collapsible answer with Markdown inside", async () => {
		const html = await renderMarkdown(
			"<details>\n<summary>提示</summary>\n\n先想一想 **梯度**。\n\n</details>\n",
		);
		expect(html).toMatch(
			/<details>\s*<summary>提示<\/summary>[\s\S]*<strong>梯度<\/strong>[\s\S]*<\/details>/,
		);
	});

	it("marks external links and keeps internal ones as they are", async () => {
		const html = await renderMarkdown("[论文](https://arxiv.org/abs/1706.03762) 与 [题库](/questions/)");
		expect(html).toContain(
			'<a href="https://arxiv.org/abs/1706.03762" class="external" rel="noopener noreferrer">论文</a>',
		);
		expect(html).toContain('<a href="/questions/">题库</a>');
	});

	it("leaves a dollar amount in prose alone when it is not math", async () => {
		const html = await renderMarkdown("单价 5 美元，折扣后 4 美元。");
		expect(html).toBe("<p>单价 5 美元，折扣后 4 美元。</p>");
	});

	it("renders a fence without a language as plain text in a figure", async () => {
		const html = await renderMarkdown("```\nplain\n```\n");
		expect(html).toContain('<span class="code-lang">text</span>');
	});

	it("renders a fence in a language Shiki does not know as plain text, without failing", async () => {
		const html = await renderMarkdown("```klingon\nqapla'\n```\n");
		expect(html).toContain('<span class="code-lang">text</span>');
		expect(html).toContain('data-language="plaintext"');
		expect(html).toContain("qapla'");
	});

	it("highlights every line of a fence, blank lines kept, with the markup the stylesheet expects", async () => {
		const html = await renderMarkdown("```python\nx = 1\n\nprint(x)\n```\n");
		const tree = fromHtml(html, { fragment: true });
		const pre = select("figure.code > pre.astro-code.css-variables", tree);
		expect(pre?.properties["dataLanguage"]).toBe("python");
		expect(selectAll("span.line", tree).map((line) => textOf(line))).toEqual(["x = 1", "", "print(x)"]);
		expect(html).toContain('<span style="color:var(--astro-code-token-function)">print</span>');
	});
});

describe("rehypeRawWhenNeeded", () => {
	it("finds raw HTML anywhere in a tree, and nothing in a tree without it", () => {
		const toHast = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
		const tree = (markdown: string) => toHast.runSync(toHast.parse(markdown));
		expect(hasRawHtml(tree("段落里的 <kbd>Ctrl</kbd>"))).toBe(true);
		expect(hasRawHtml(tree("> 引用\n>\n> - 列表 <br>"))).toBe(true);
		expect(hasRawHtml(tree("纯 **Markdown**，`<kbd>` 在代码里"))).toBe(false);
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
