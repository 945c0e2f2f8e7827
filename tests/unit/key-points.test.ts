import { readFileSync } from "node:fs";
import type { Element, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { toString as textOf } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { type ElementLike, extractKeyPoints, type ParentLike } from "../../src/practice/key-points.ts";
import { CONTENT_DIR, entryIds } from "../helpers/content.ts";
import { renderMarkdown } from "../helpers/markdown.ts";

const isElement = (node: RootContent): node is Element => node.type === "element";

/** A parsed element seen through the DOM properties the extraction reads (tag names upper-case, as in a browser). */
function elementLike(node: Element): ElementLike {
	return {
		tagName: node.tagName.toUpperCase(),
		textContent: textOf(node),
		innerHTML: toHtml(node.children),
		outerHTML: toHtml(node),
		children: node.children.filter(isElement).map(elementLike),
	};
}

/** What a question page's `.prose` holds: its Markdown body rendered by the site's own pipeline. */
async function renderedAnswer(markdown: string): Promise<ParentLike> {
	const html = await renderMarkdown(markdown.replace(/^---\n[\s\S]*?\n---\n/, ""));
	return { children: fromHtml(html, { fragment: true }).children.filter(isElement).map(elementLike) };
}

const question = (id: string) => renderedAnswer(readFileSync(`${CONTENT_DIR}/questions/${id}.md`, "utf8"));
/** A point's text without tags, to compare with the Markdown it came from. */
const plain = (html: string) => textOf(fromHtml(html, { fragment: true }));

describe("key points of real questions", () => {
	it("reads the first paragraph and a lead-in list of pitfalls (面试常见易错点：)", async () => {
		const points = extractKeyPoints(await question("mixed-precision-training"));
		expect(points.map((point) => point.kind)).toEqual(["answer", "pitfall", "pitfall", "pitfall", "pitfall"]);
		expect(plain(points[0]?.html ?? "")).toMatch(
			/^混合精度训练让前向和反向中的矩阵乘法以 FP16\/BF16 进行.*在 FP32 中完成/,
		);
		expect(plain(points[0]?.html ?? "")).not.toContain("为什么要 FP32 主权重");
		// Formulas stay rendered.
		expect(points[1]?.html).toContain('class="katex"');
		expect(plain(points[1]?.html ?? "")).toMatch(/^梯度裁剪必须在除回/);
		expect(plain(points[4]?.html ?? "")).toMatch(/^FP16 与 BF16 的取舍：/);
	});

	it("reads a list item labelled 易错点： without its label", async () => {
		const points = extractKeyPoints(await question("activation-checkpointing"));
		expect(points.map((point) => point.kind)).toEqual(["answer", "pitfall"]);
		expect(plain(points[0]?.html ?? "")).toMatch(/^用计算换显存。反向传播需要前向时的中间激活/);
		expect(points[1]?.html).toMatch(/^含随机性的层（如 dropout）重算时/);
	});

	it("reads a lead-in that also names follow-up questions (常见追问与易错点：)", async () => {
		const points = extractKeyPoints(await question("learning-rate-warmup-cosine"));
		expect(points.map((point) => point.kind)).toEqual(["answer", "pitfall", "pitfall", "pitfall", "pitfall"]);
		// Its first paragraph ends 原因有三： so the numbered reasons belong to it.
		expect(points[0]?.html).toMatch(
			/^<p><strong>预热（warmup）：<\/strong>前 <span class="katex">[\s\S]*<\/p><ol>[\s\S]*<\/ol>$/,
		);
		expect(plain(points[2]?.html ?? "")).toMatch(/^预热多长？/);
	});

	it("gives a question without pitfalls just its direct answer", async () => {
		// A real question with its pitfall list cut off: every question on the site has one now.
		const [withoutPitfalls] = readFileSync(`${CONTENT_DIR}/questions/kv-cache.md`, "utf8").split(
			/^易错点：$/m,
		);
		const points = extractKeyPoints(await renderedAnswer(withoutPitfalls ?? ""));
		expect(points).toHaveLength(1);
		expect(points[0]?.kind).toBe("answer");
		expect(plain(points[0]?.html ?? "").length).toBeGreaterThan(20);
	});

	it.each([
		[
			"agent-action-guardrails-approval",
			/^<p>原则是<strong>护栏写在执行层的确定性代码里[\s\S]*：<\/p><ol>\s*<li><strong>按风险分级：/,
			"</ol>",
		],
		[
			"adam-vs-adamw-weight-decay",
			/^<p><strong>区别只在权重衰减放在哪里。[\s\S]*：<\/p><span class="katex-display"/,
			"</span>",
		],
		["adapter-prefix-tuning-vs-lora", /^<p>三者都冻结底座[\s\S]*：<\/p><table>/, "</table>"],
	])("keeps what a first paragraph ending in a colon leads into (%s)", async (id, start, end) => {
		const html = extractKeyPoints(await question(id))[0]?.html ?? "";
		expect(html).toMatch(start);
		// That one block and no more: the point ends where it does.
		expect(html.endsWith(end)).toBe(true);
		expect(html.match(/<p>/g)).toHaveLength(1);
	});

	it("takes the whole list when the answer opens with one", async () => {
		const points = extractKeyPoints(await question("gsm8k-math-benchmarks"));
		expect(points[0]?.html).toMatch(/^<ul>\s*<li>/);
	});

	it("finds at least one pitfall in every question that writes 易错", async () => {
		const ids = entryIds("questions").filter((id) =>
			readFileSync(`${CONTENT_DIR}/questions/${id}.md`, "utf8").includes("易错"),
		);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) {
			const points = extractKeyPoints(await question(id));
			expect(points[0]?.kind, id).toBe("answer");
			expect(points.filter((point) => point.kind === "pitfall").length, id).toBeGreaterThan(0);
		}
	});
});

describe("other ways of writing pitfalls", () => {
	it("reads a 易错点 section: its list, or its paragraphs, up to the next heading", async () => {
		const listed = await renderedAnswer(
			"## 答案\n\n直接的回答。\n\n第二段不是要点。\n\n## 易错点\n\n- 第一条\n- 第二条\n\n## 解析\n\n- 不是易错点\n",
		);
		expect(extractKeyPoints(listed)).toEqual([
			{ kind: "answer", html: "直接的回答。" },
			{ kind: "pitfall", html: "第一条" },
			{ kind: "pitfall", html: "第二条" },
		]);
		const paragraphs = await renderedAnswer(
			"## 答案\n\n回答。\n\n### 常见易错点\n\n一段。\n\n另一段。\n\n## 解析\n\n不算。\n",
		);
		expect(extractKeyPoints(paragraphs).map((point) => point.html)).toEqual(["回答。", "一段。", "另一段。"]);
	});

	it("reads a paragraph that starts with 易错点：", async () => {
		const tree = await renderedAnswer("## 答案\n\n回答。\n\n## 解析\n\n**易错点**：别把 A 当成 B。\n");
		expect(extractKeyPoints(tree)).toEqual([
			{ kind: "answer", html: "回答。" },
			{ kind: "pitfall", html: "别把 A 当成 B。" },
		]);
	});

	it.each([
		"常见误区：",
		"面试中常见的追问：",
		"容易答错的地方：",
		"几个易混点：",
		"其他常见坑：",
		"面试常见陷阱：",
	])("reads a list led in by %s", async (leadIn) => {
		const tree = await renderedAnswer(`## 答案\n\n回答。\n\n## 解析\n\n${leadIn}\n\n- 甲\n- 乙\n`);
		expect(extractKeyPoints(tree).map((point) => point.kind)).toEqual(["answer", "pitfall", "pitfall"]);
	});

	it("does not take a list after a paragraph that mentions a 坑 without leading into it", async () => {
		const tree = await renderedAnswer("## 答案\n\n回答。\n\n## 解析\n\n这里有个坑，要小心。\n\n- 普通条目\n");
		expect(extractKeyPoints(tree)).toEqual([{ kind: "answer", html: "回答。" }]);
	});

	it("does not take a paragraph that only mentions 易错 as a pitfall", async () => {
		const tree = await renderedAnswer(
			"## 答案\n\n回答。\n\n## 解析\n\n这是一个容易出错也易错的地方，但不是清单。\n\n- 普通条目\n",
		);
		expect(extractKeyPoints(tree)).toEqual([{ kind: "answer", html: "回答。" }]);
	});

	it("falls back to the first paragraph without an 答案 heading, and finds nothing in an empty page", async () => {
		expect(extractKeyPoints(await renderedAnswer("开头一段。\n\n## 别的\n\n其他。\n"))).toEqual([
			{ kind: "answer", html: "开头一段。" },
		]);
		expect(extractKeyPoints({ children: [] })).toEqual([]);
	});
});
