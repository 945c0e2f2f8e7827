import { describe, expect, it } from "vitest";
import render from "../../src/markdown/render-worker.ts";

const task = (body: string) => ({ body, filePath: "/site/content/articles/a.md", frontmatter: {} });

describe("the Markdown render worker", () => {
	it("renders a body with the site's pipeline and returns its headings", async () => {
		const { html, headings } = await render(
			task("## 损失函数\n\n交叉熵 $H(p, q)$ 如下：\n\n```python\nprint(1)\n```\n"),
		);
		expect(html).toContain('class="katex"');
		expect(html).toMatch(/<figure class="code" data-pagefind-ignore(="")?>/);
		expect(html).toMatch(/<pre class="astro-code css-variables"[^>]* tabindex="0">/);
		expect(headings).toEqual([{ depth: 2, slug: "损失函数", text: "损失函数" }]);
	});

	it("collects a heading's text before its formula becomes KaTeX markup", async () => {
		const { headings } = await render(task("## 交叉熵 $H(p,q)$ 的含义\n"));
		expect(headings).toEqual([{ depth: 2, slug: "交叉熵-hpq-的含义", text: "交叉熵 H(p,q) 的含义" }]);
	});

	it("parses raw HTML and sanitizes it before the site adds its own markup", async () => {
		const { html } = await render(
			task(
				'按 <kbd>Ctrl</kbd> 复制<script>alert(1)</script>\n\n<pre class="astro-code" onclick="x()">y</pre>\n',
			),
		);
		expect(html).toContain("<kbd>Ctrl</kbd>");
		expect(html).not.toContain("<script");
		expect(html).not.toContain("onclick");
	});

	it("names the file when a body cannot be rendered", async () => {
		await expect(
			render({ body: 42 as unknown as string, filePath: "/site/bad.md", frontmatter: {} }),
		).rejects.toThrow("/site/bad.md");
	});
});
