import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectEntries, parseEntry } from "../../src/content-lint/collect.ts";
import { formatProblems, lintEntries } from "../../src/content-lint/lint-content.ts";
import { compilePython } from "../../src/content-lint/rules/python-compiles.ts";

const article = (
	body: string,
	frontmatter = "title: 示例文章\ndescription: 这是一段足够长的文章摘要。\ndate: 2026-10-01\ntags: [示例]\nindustries: [通用]",
) => parseEntry("articles", "content/articles/a.md", `---\n${frontmatter}\n---\n\n${body}`);
const question = (id: string, frontmatter: string, body = "## 答案\n\n回答。\n") =>
	parseEntry("questions", `content/questions/${id}.md`, `---\n${frontmatter}\n---\n\n${body}`);
const QUESTION =
	"title: 什么是困惑度？\ncategory: 基础概念\ndifficulty: 入门\nindustries: [通用]\ntags: [评估]";

/** Problems as `path:line rule`, for compact expectations. */
async function lint(...entries: ReturnType<typeof article>[]) {
	return (await lintEntries([article("正文。"), ...entries])).map(
		(problem) => `${problem.file}:${problem.line} ${problem.rule}`,
	);
}

describe("each rule finds its problem and names file and line", () => {
	it.each([
		["a YAML error", () => question("q", "title: [未闭合"), "content/questions/q.md:2 frontmatter-schema"],
		[
			"a missing field",
			() => question("q", "title: 什么是困惑度？\ncategory: 基础概念"),
			"content/questions/q.md:1 frontmatter-schema",
		],
		[
			"a bad category",
			() => question("q", QUESTION.replace("基础概念", "杂谈")),
			"content/questions/q.md:3 frontmatter-schema",
		],
		[
			"no frontmatter",
			() => parseEntry("questions", "content/questions/q.md", "## 答案\n"),
			"content/questions/q.md:1 frontmatter-schema",
		],
		[
			"an unclosed fence",
			() => question("q", QUESTION, "## 答案\n\n```python\nx = 1\n"),
			"content/questions/q.md:11 balanced-delimiters",
		],
		[
			"an unclosed $$",
			() => question("q", QUESTION, "## 答案\n\n$$\nx = 1\n"),
			"content/questions/q.md:11 balanced-delimiters",
		],
		[
			"a formula KaTeX rejects",
			() => question("q", QUESTION, "## 答案\n\n行内 $\\frac{1}{$ 公式\n"),
			"content/questions/q.md:11 katex-parses",
		],
		[
			"a fence with no language",
			() => question("q", QUESTION, "## 答案\n\n```\nx\n```\n"),
			"content/questions/q.md:11 code-language",
		],
		[
			"an image beside the Markdown file",
			() => question("q", QUESTION, "## 答案\n\n![流程](./flow.png)\n"),
			"content/questions/q.md:11 image-path",
		],
		[
			"Python that does not compile",
			() => question("q", QUESTION, "## 答案\n\n```python\nx = 1\nif x\n    pass\n```\n"),
			"content/questions/q.md:13 python-compiles",
		],
		[
			"a missing related question",
			() => question("q", `${QUESTION}\nrelated: [nope]`),
			"content/questions/q.md:7 references",
		],
		[
			"a missing source article",
			() => question("q", `${QUESTION}\nsource: nope`),
			"content/questions/q.md:7 references",
		],
	])("%s", async (_name, make, expected) => {
		expect(await lint(make())).toContain(expected);
	});

	it("finds a question asked twice across the bank", async () => {
		const problems = await lint(
			question("a", QUESTION),
			question("b", QUESTION.replace("什么是困惑度？", "什么是 困惑度?")),
		);
		expect(problems).toEqual(["content/questions/b.md:2 duplicate-questions"]);
	});

	it("says what to fix", async () => {
		const problems = await lintEntries([question("q", `${QUESTION}\nrelated: [nope]`)]);
		expect(formatProblems(problems)).toBe(
			"content/questions/q.md:7  错误  references  related[0]: 找不到面试题「nope」：请改成 content/questions/ 下已有的文件名（不带 .md），或删除这一项",
		);
	});

	it("accepts a clean entry", async () => {
		expect(
			await lint(question("q", QUESTION, "## 答案\n\n$$\nx^2\n$$\n\n```python\nprint(1)\n```\n")),
		).toEqual([]);
	});
});

describe("image-path", () => {
	it("accepts images linked from the site root", async () => {
		const problems = await lint(question("q", QUESTION, "## 答案\n\n![流程](/images/flow.png)\n"));
		expect(problems.filter((problem) => problem.endsWith("image-path"))).toEqual([]);
	});
});

describe("compilePython", () => {
	it("returns the index, line and message of each syntax error", () => {
		expect(compilePython(["print(1)", "def f(:\n  pass"])).toEqual([
			[1, 1, expect.stringMatching(/invalid syntax|expected/)],
		]);
	});
});

describe("the site's own content", () => {
	it("passes every rule, the vocabulary's included", async () => {
		const vocabulary = {
			path: "content/vocabulary.yaml",
			text: readFileSync("content/vocabulary.yaml", "utf8"),
		};
		expect(
			formatProblems(await lintEntries(await collectEntries("content"), undefined, { vocabulary })),
		).toBe("");
	});
});

describe("npm run lint:content", () => {
	it("exits non-zero and lists the problem when an entry is broken", () => {
		const root = mkdtempSync(join(tmpdir(), "lint-content-"));
		try {
			mkdirSync(join(root, "questions"), { recursive: true });
			writeFileSync(
				join(root, "questions", "q.md"),
				`---\n${QUESTION}\n---\n\n## 答案\n\n\`\`\`\nx\n\`\`\`\n`,
			);
			let output = "";
			let status = 0;
			try {
				execFileSync(process.execPath, ["scripts/lint-content.ts", root], {
					encoding: "utf8",
					stdio: "pipe",
				});
			} catch (error) {
				({ status, stdout: output } = error as { status: number; stdout: string });
			}
			expect(status).toBe(1);
			expect(output).toContain(`${join(root, "questions", "q.md")}:11  错误  code-language`);
			expect(output).toContain("1 个条目，1 个错误");
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
