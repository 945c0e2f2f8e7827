import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEntry } from "../../src/content-lint/collect.ts";
import { lintEntries } from "../../src/content-lint/lint-content.ts";
import { tagSpelling } from "../../src/content-lint/rules/tag-spelling.ts";
import { vocabularyFile } from "../../src/content-lint/rules/vocabulary-file.ts";
import { fixTagSpelling } from "../../src/content-lint/tag-spelling-fix.ts";
import { loadVocabulary } from "../../src/lib/load-vocabulary.ts";
import { parseVocabulary, Vocabulary } from "../../src/lib/vocabulary.ts";

const GOOD = `# 注释
- term: 幻觉
  aliases: [hallucination, 一本正经地编造]
- term: 反欺诈
  aliases: [反诈, anti-fraud]
- term: RAG
  aliases: [检索增强生成]
`;

describe("parseVocabulary", () => {
	it("reads concepts", () => {
		const { concepts, problems } = parseVocabulary(GOOD);
		expect(problems).toEqual([]);
		expect(concepts.map((concept) => concept.term)).toEqual(["幻觉", "反欺诈", "RAG"]);
	});

	it("accepts an empty file: search and tags work without a vocabulary", () => {
		expect(parseVocabulary("")).toEqual({ concepts: [], problems: [] });
		expect(parseVocabulary("# 只有注释\n")).toEqual({ concepts: [], problems: [] });
	});

	it.each([
		["a YAML error", "- term: 幻觉\n  aliases: [编造]]\n", 2, /YAML 语法错误/],
		["a missing alias list", "- term: 幻觉\n- term: 反欺诈\n  aliases: [反诈]\n", 1, /0\.aliases/],
		["an empty alias", "- term: 幻觉\n  aliases: [编造, '']\n", 2, /别名不能为空/],
		["an unknown field", "- term: 幻觉\n  aliases: [编造]\n  note: x\n", 1, /note/],
		[
			"an alias of two concepts",
			`${GOOD}- term: 诈骗识别\n  aliases: [反诈]\n`,
			9,
			/「反诈」已属于概念「反欺诈」/,
		],
		[
			"a term that is another concept's alias",
			`${GOOD}- term: 反诈\n  aliases: [防诈骗]\n`,
			8,
			/已属于概念「反欺诈」/,
		],
		["the same spelling twice, width and spaces aside", "- term: KV 缓存\n  aliases: [kv缓存]\n", 2, /重复/],
	])("reports %s with its line", (_name, text, line, message) => {
		const { concepts, problems } = parseVocabulary(text);
		expect(concepts).toEqual([]);
		expect(problems[0]?.line).toBe(line);
		expect(problems[0]?.message).toMatch(message);
	});
});

describe("Vocabulary", () => {
	const words = new Vocabulary(parseVocabulary(GOOD).concepts);

	it("finds a concept by any spelling, ignoring case, width and spaces", () => {
		expect(words.conceptOf("ANTI-FRAUD")?.term).toBe("反欺诈");
		expect(words.conceptOf("ｒａｇ")?.term).toBe("RAG");
		expect(words.conceptOf("风控")).toBeUndefined();
	});

	it("spells a tag the vocabulary's way and leaves unknown tags alone", () => {
		expect(words.canonicalTag("反诈")).toBe("反欺诈");
		expect(words.canonicalTag("风控")).toBe("风控");
	});

	it("gives a page the spellings of its concepts that it does not use itself", () => {
		expect(words.synonymsFor(["大模型为什么会产生幻觉？", "评估"])).toEqual([
			"hallucination",
			"一本正经地编造",
		]);
	});

	it("does not see an ASCII spelling inside a longer word", () => {
		expect(words.conceptsIn(["storage 和 drag"])).toEqual([]);
		expect(words.conceptsIn(["什么是 RAG？"]).map((concept) => concept.term)).toEqual(["RAG"]);
	});
});

describe("loadVocabulary", () => {
	it("treats a missing file as an empty vocabulary and names the line of a bad one", async () => {
		const root = mkdtempSync(join(tmpdir(), "vocabulary-"));
		try {
			expect((await loadVocabulary(root)).concepts).toEqual([]);
			writeFileSync(
				join(root, "vocabulary.yaml"),
				"- term: 幻觉\n  aliases: [编造]\n- term: 捏造\n  aliases: [编造]\n",
			);
			await expect(loadVocabulary(root)).rejects.toThrow(/vocabulary\.yaml:4 .*已属于概念「幻觉」/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

const QUESTION = (tags: string) =>
	parseEntry(
		"questions",
		"content/questions/q.md",
		`---\ntitle: 什么是反欺诈模型？\ncategory: 行业应用\ndifficulty: 入门\nindustries: [金融]\ntags: ${tags}\n---\n\n## 答案\n\n回答。\n`,
	);

describe("tag-spelling and the vocabulary rule", () => {
	const vocabulary = { path: "content/vocabulary.yaml", text: GOOD };

	it("reports a tag spelled as an alias, on the tags line, with the spelling to use", async () => {
		const problems = await lintEntries([QUESTION("[反诈, 风控]")], [tagSpelling], { vocabulary });
		expect(problems).toEqual([
			expect.objectContaining({ file: "content/questions/q.md", line: 6, rule: "tag-spelling" }),
		]);
		expect(problems[0]?.message).toContain("请改用「反欺诈」");
	});

	it("accepts the vocabulary's spellings and tags it does not know", async () => {
		expect(await lintEntries([QUESTION("[反欺诈, 风控]")], [tagSpelling], { vocabulary })).toEqual([]);
	});

	it("reports a broken vocabulary file at its line", async () => {
		const broken = { path: "content/vocabulary.yaml", text: `${GOOD}- term: 反诈\n  aliases: [x]\n` };
		const problems = await lintEntries([], [vocabularyFile], { vocabulary: broken });
		expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
			"content/vocabulary.yaml:8",
		]);
	});

	it("fixTagSpelling rewrites the tags line, removing repeats, and nothing else", () => {
		const words = new Vocabulary(parseVocabulary(GOOD).concepts);
		const text = QUESTION("[反诈, 反欺诈, 风控]").text;
		const fixed = fixTagSpelling(text, words);
		expect(fixed).toBe(text.replace("tags: [反诈, 反欺诈, 风控]", "tags: [反欺诈, 风控]"));
		expect(fixTagSpelling(fixed, words)).toBe(fixed);
	});
});

describe("npm run lint:content -- --fix", () => {
	it("rewrites tags to the vocabulary's spelling, then passes", () => {
		const root = mkdtempSync(join(tmpdir(), "lint-fix-"));
		try {
			mkdirSync(join(root, "questions"), { recursive: true });
			writeFileSync(join(root, "vocabulary.yaml"), GOOD);
			const file = join(root, "questions", "q.md");
			writeFileSync(file, QUESTION("[反诈, 风控]").text);
			const run = (...args: string[]) => {
				try {
					return {
						status: 0,
						output: execFileSync(process.execPath, ["scripts/lint-content.ts", root, ...args], {
							encoding: "utf8",
							stdio: "pipe",
						}),
					};
				} catch (error) {
					const { status, stdout } = error as { status: number; stdout: string };
					return { status, output: stdout };
				}
			};
			expect(run().status).toBe(1);
			const fixed = run("--fix");
			expect(fixed.status).toBe(0);
			expect(fixed.output).toContain("已统一标签写法");
			expect(readFileSync(file, "utf8")).toContain("tags: [反欺诈, 风控]");
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
