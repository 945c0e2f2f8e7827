import { describe, expect, it } from "vitest";
import render from "../../src/markdown/render-worker.ts";

describe("the Markdown render worker", () => {
	it("renders a body with the site's pipeline and returns its headings", async () => {
		const { html, metadata } = await render({
			body: "## 损失函数\n\n交叉熵 $H(p, q)$ 如下：\n\n```python\nprint(1)\n```\n",
			filePath: undefined,
			frontmatter: {},
		});
		expect(html).toContain('class="katex"');
		expect(html).toContain('<figure class="code">');
		expect(metadata.headings).toEqual([{ depth: 2, slug: "损失函数", text: "损失函数" }]);
		expect(metadata.localImagePaths).toEqual([]);
	});

	it("lists the images a body refers to by a relative path (which the content linter rejects)", async () => {
		const { metadata } = await render({
			body: "![流程](./flow.png)",
			filePath: "/site/content/articles/a.md",
			frontmatter: {},
		});
		expect(metadata.localImagePaths).toEqual(["./flow.png"]);
	});
});
