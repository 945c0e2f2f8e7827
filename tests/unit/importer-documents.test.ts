import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExistingEntry, planWrites } from "../../src/importer/plan-writes.ts";
import { BAD, GOOD, importFixture, lintImport } from "../helpers/import.ts";

/** What each fixture must give: title, article or not, questions kept, merges, and a few question titles. */
const EXPECTED = {
	"topic-heading.txt": {
		title: "大模型在电力能源行业的落地实践",
		article: true,
		questions: 3,
		merged: 0,
		versions: 1,
	},
	"article-title-heading.txt": {
		title: "大模型如何重塑信贷风控中的评分卡",
		article: true,
		questions: 3,
		merged: 0,
		versions: 1,
	},
	"blog-title-repeated.txt": {
		title: "大模型驱动的制造业视觉质检",
		article: true,
		questions: 4,
		merged: 3,
		versions: 2,
	},
	"bold-pairs-faq.txt": {
		title: "基于检索增强生成的零售智能客服实践",
		article: true,
		questions: 5,
		merged: 1,
		versions: 1,
	},
	"bank-only.txt": {
		title: "面试题库：大模型在物流行业的应用",
		article: false,
		questions: 3,
		merged: 0,
		versions: 1,
	},
	"common-qa-appendix.txt": {
		title: "大模型在中小学作文批改中的应用探索",
		article: true,
		questions: 4,
		merged: 0,
		versions: 1,
	},
} as const;

describe.each(Object.entries(EXPECTED))("importing %s", (name, expected) => {
	const document = importFixture(`${GOOD}/${name}`);

	it("finds the title, the article and every question exactly once", () => {
		expect(document.report.title).toBe(expected.title);
		expect(document.article !== undefined).toBe(expected.article);
		expect(document.questions).toHaveLength(expected.questions);
		expect(document.report.merged.filter((note) => note.message.includes("题目重复"))).toHaveLength(
			expected.merged,
		);
		expect(document.report.versions).toBe(expected.versions);
		const titles = document.questions.map((question) => question.title);
		expect(new Set(titles).size).toBe(titles.length);
		for (const title of titles) expect(title).toMatch(/[？?]$/);
		for (const title of titles) expect(title).not.toMatch(/^(Q\d*|问题|题目|\d+)\s*[:：.、]/);
	});

	it("gives every question an answer section first, and only known sections", () => {
		for (const question of document.questions) {
			const headings = [...question.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
			expect(headings[0]).toBe("答案");
			for (const heading of headings) expect(["答案", "示例代码", "解析"]).toContain(heading);
			expect(question.body).not.toMatch(/\*\*(答案|示例代码|代码示例|举例|解析)[:：]?\*\*/);
		}
	});

	it("writes entries that pass every content lint rule", async () => {
		expect(await lintImport(document)).toEqual([]);
	});

	it("starts the article at h2 and never skips a heading level", () => {
		const levels = [...(document.article?.body ?? "").matchAll(/^(#+) /gm)].map(
			(match) => match[1]?.length ?? 0,
		);
		if (levels.length === 0) return;
		expect(Math.min(...levels)).toBe(2);
		levels.reduce((previous, level) => {
			expect(level).toBeLessThanOrEqual(previous + 1);
			return level;
		}, 1);
	});

	it("is deterministic: the same input gives the same files byte for byte", () => {
		const again = importFixture(`${GOOD}/${name}`);
		expect(planWrites([again], [], false)).toEqual(planWrites([document], [], false));
	});
});

describe("what the importer fixes along the way", () => {
	it("reads metadata lines into frontmatter and drops them from the body", () => {
		const { article } = importFixture(`${GOOD}/article-title-heading.txt`);
		expect(article?.tags).toEqual(["风控", "大模型", "评分卡"]);
		expect(article?.author).toBe("李明");
		expect(article?.description).toMatch(/^本文讨论如何把大模型/);
		expect(article?.body).not.toMatch(/关键词|摘要|作者/);
		const faq = importFixture(`${GOOD}/bold-pairs-faq.txt`).article;
		expect(faq?.tags).toEqual(["RAG", "知识库", "客服"]);
		expect(faq?.description).toMatch(/^本文以一家连锁零售企业/);
	});

	it("turns display formulas into $$ blocks, also when written on one line or indented in a list", () => {
		const faq = importFixture(`${GOOD}/bold-pairs-faq.txt`).article?.body ?? "";
		expect(faq).toMatch(/^\$\$\n[^$\n]+\n\$\$$/m);
		const repeated = importFixture(`${GOOD}/blog-title-repeated.txt`)
			.questions.map((question) => question.body)
			.join("\n");
		expect(repeated).toMatch(/^\$\$\n[\s\S]+?\n\$\$$/m);
	});

	it("brings code fences indented in list items out as top-level fences", () => {
		for (const name of ["blog-title-repeated.txt", "common-qa-appendix.txt"]) {
			const bodies = importFixture(`${GOOD}/${name}`).questions.map((question) => question.body);
			expect(bodies.some((body) => /^```python\n/m.test(body))).toBe(true);
			for (const body of bodies) expect(body).not.toMatch(/^ +```/m);
		}
	});

	it("drops boilerplate and placeholder images, reporting each line", () => {
		const faq = importFixture(`${GOOD}/bold-pairs-faq.txt`);
		expect(faq.report.dropped).toContainEqual(
			expect.objectContaining({ message: expect.stringMatching(/^占位图片/) }),
		);
		expect(faq.article?.body).not.toContain("placeholder");
		const repeated = importFixture(`${GOOD}/blog-title-repeated.txt`);
		const reasons = repeated.report.dropped.map((note) => note.message.split("：")[0]);
		expect(reasons).toEqual(
			expect.arrayContaining(["分隔线", "无内容的标签标题", "占位作者信息", "结尾套话"]),
		);
		const written = [repeated.article?.body, ...repeated.questions.map((question) => question.body)].join(
			"\n",
		);
		expect(written).not.toMatch(/您的名称|如需进一步修改|博客内容|-{5,}/);
	});

	it("warns about questions that only look alike and keeps both", () => {
		const faq = importFixture(`${GOOD}/bold-pairs-faq.txt`);
		expect(faq.report.warnings).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/相似但不相同/) }),
		]);
		const titles = faq.questions.map((question) => question.title);
		expect(titles).toEqual(
			expect.arrayContaining(["如何衡量检索结果的召回率？", "如何衡量检索结果的精确率？"]),
		);
	});

	it("links every question to the document's article; industries come from each question's own text", () => {
		const document = importFixture(`${GOOD}/topic-heading.txt`);
		const [plan] = planWrites([document], [], false);
		const article = plan?.writes.find((write) => write.path.startsWith("articles/"));
		const slug = article?.path.replace(/^articles\/|\.md$/g, "");
		const questions = plan?.writes.filter((write) => write.path.startsWith("questions/")) ?? [];
		for (const question of questions) expect(question.text).toContain(`source: ${slug}`);
		expect(document.article?.industries).toEqual(["能源"]);
		// The third question names no industry: it is not given its article's (it used to be).
		expect(document.questions.map((question) => question.industries)).toEqual([["能源"], ["能源"], ["通用"]]);
	});
});

describe("bad input", () => {
	it.each([
		["empty.txt", 1, "文件是空的"],
		["blank.txt", 1, "文件只有空白"],
		["binary.txt", 3, "这是二进制文件"],
		["invalid-utf8.txt", 1, "文件不是有效的 UTF-8 编码"],
		["no-title.txt", 1, "找不到标题"],
		["generic-heading-no-title.txt", 1, "找不到标题"],
		["only-title.txt", 1, "只有标题"],
		["katex-rejects.txt", 11, "KaTeX 无法解析公式"],
		["unclosed-display-math.txt", 11, "公式块没有结束"],
		["unclosed-inline-paren.txt", 5, "公式的 \\( 与 \\) 没有成对"],
		["unterminated-fence.txt", 11, "代码块没有结束"],
		["item-without-answer.txt", 21, "没有答案"],
	])("%s fails at line %i with a clear message", (name, line, message) => {
		let error: unknown;
		try {
			importFixture(`${BAD}/${name}`);
		} catch (caught) {
			error = caught;
		}
		expect(error).toMatchObject({ file: `${BAD}/${name}`, line, name: "ImportError" });
		expect((error as Error).message).toContain(message);
	});

	it("has a fixture for every bad case", () => {
		expect(readdirSync(BAD).sort()).toEqual([
			"binary.txt",
			"blank.txt",
			"empty.txt",
			"generic-heading-no-title.txt",
			"invalid-utf8.txt",
			"item-without-answer.txt",
			"katex-rejects.txt",
			"no-title.txt",
			"only-title.txt",
			"unclosed-display-math.txt",
			"unclosed-inline-paren.txt",
			"unterminated-fence.txt",
		]);
	});
});

describe("planWrites and entries edited by hand", () => {
	const document = importFixture(`${GOOD}/bank-only.txt`);
	const first = planWrites([document], [], false)[0]?.writes ?? [];
	const asExisting = (edit?: (text: string) => string): ExistingEntry[] =>
		first.map((write) => ({
			collection: "questions",
			slug: write.path.replace(/^questions\/|\.md$/g, ""),
			text: edit ? edit(write.text) : write.text,
		}));

	it("creates every entry the first time", () => {
		expect(first.map((write) => write.action)).toEqual(["create", "create", "create"]);
	});

	it("leaves entries alone when nothing changed", () => {
		const again = planWrites([document], asExisting(), false)[0]?.writes ?? [];
		expect(again.map((write) => [write.path, write.action])).toEqual(
			first.map((write) => [write.path, "unchanged"]),
		);
	});

	it("never overwrites an entry edited since its import, unless forced", () => {
		const edited = asExisting((text) => text.replace("## 答案\n\n", "## 答案\n\n编辑补充的一句话。\n\n"));
		const skipped = planWrites([document], edited, false)[0]?.writes ?? [];
		expect(skipped.map((write) => write.action)).toEqual(["skip", "skip", "skip"]);
		expect(skipped[0]?.reason).toBe("导入后被手动修改过，未覆盖（用 --force 覆盖）");
		const forced = planWrites([document], edited, true)[0]?.writes ?? [];
		expect(forced.map((write) => write.action)).toEqual(["update", "update", "update"]);
	});

	it("puts a new entry beside a hand-written one with the same name instead of replacing it", () => {
		const handWritten = asExisting().map((entry) => ({
			...entry,
			text: "---\ntitle: 手写的另一道题？\n---\n",
		}));
		const writes = planWrites([document], handWritten, false)[0]?.writes ?? [];
		expect(writes.map((write) => write.action)).toEqual(["create", "create", "create"]);
		expect(writes.map((write) => write.path)).toEqual(
			first.map((write) => write.path.replace(/\.md$/, "-2.md")),
		);
	});

	it("does not import a question the bank already holds from another document", () => {
		// Entries imported from another document: their source and key name that document.
		const fromElsewhere = asExisting((text) => text.replaceAll("bank-only.txt", "other.txt"));
		const plan = planWrites([document], fromElsewhere, false)[0];
		expect(plan?.writes).toEqual([]);
		expect(plan?.notes).toHaveLength(3);
		expect(plan?.notes[0]?.message).toMatch(/题库里已有（questions\/.+\.md），未重复导入/);
	});
});
