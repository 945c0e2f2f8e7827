/**
 * A seeded generator of raw documents of the family the importer reads: articles, question banks
 * and FAQs in the forms generated text takes (heading levels and styles, labels with `:`/`：`/bold/
 * none, numbering, banks with and without a heading, several versions of one article, formulas
 * inline/display/in lists/in quotes, boilerplate, raw HTML, missing titles, English metadata).
 * Each document comes with what the importer must find in it.
 */
import { seededRandom } from "../../src/practice/deck.ts";
import { ARTICLE_TITLES, pythonExample, QUESTIONS, SECTIONS } from "./import-pool.ts";

export interface GeneratedDocument {
	seed: number;
	text: string;
	/** `--title` to pass (the document has none). */
	title?: string;
	/** The article's title, or undefined when the document is only a bank. */
	articleTitle?: string;
	/** The questions the generator put in, once each, as their titles. */
	questions: string[];
	/** Section names the article must have, in any order. */
	sections: string[];
	displayFormulas: number;
	inlineFormulas: number;
	/** Which variants this document uses, for coverage counts. */
	features: string[];
	/** Per question: how many code examples its entry must hold (a repeat's other example included). */
	codeBlocks: Record<string, number>;
	/** Per question: the full statement its body must start with, when it differs from the title. */
	statements: Record<string, string>;
}

interface Section {
	name: string;
	text: string;
	display: number;
	inline: number;
}

const LONG_ABSTRACT =
	"This article describes how a mid-sized team put a large language model to work on its own records. " +
	"It covers the data that had to be cleaned first, the checks that keep answers grounded in sources, " +
	"and the costs that surprised the team. It closes with the lessons the team would apply next time.";

export function generateDocument(seed: number): GeneratedDocument {
	const next = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const chance = (p: number) => next() < p;
	const shuffled = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i -= 1) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy;
	};
	const features: string[] = [];
	const feature = (name: string) => {
		if (!features.includes(name)) features.push(name);
	};

	const kind = pick(["article+bank", "article+bank", "bank-only", "article-only"] as const);
	feature(kind);
	const hasArticle = kind !== "bank-only";
	const articleTitle = pick(ARTICLE_TITLES);
	const out: string[] = [];
	let titleOption: string | undefined;

	// Title.
	const titleStyle = hasArticle
		? pick([
				"# ",
				"## ",
				"### 主题：",
				"bold",
				"标题：",
				"> **Title:** ",
				"plain",
				"missing",
				"generic",
			] as const)
		: pick(["### ", "none"] as const);
	feature(`title:${titleStyle}`);
	if (titleStyle === "bold") out.push(`**${articleTitle}**`, "");
	else if (titleStyle === "plain") out.push(articleTitle, "");
	else if (titleStyle === "missing" || titleStyle === "generic" || titleStyle === "none")
		titleOption = hasArticle ? articleTitle : undefined;
	else out.push(`${titleStyle}${articleTitle}`, "");

	// Metadata.
	if (hasArticle && chance(0.6)) {
		const english = chance(0.5);
		const bold = chance(0.5);
		const quote = chance(0.5) ? "> " : "";
		const label = (zh: string, en: string) => {
			const word = english ? en : zh;
			return bold ? `${quote}**${word}：** ` : `${quote}${word}${english ? ": " : "："}`;
		};
		feature(english ? "metadata:english" : "metadata:chinese");
		out.push(`${label("作者", "Author")}林一`);
		out.push(`${label("日期", "Date")}2026-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`);
		out.push(
			`${label("关键词", "Keywords")}${english ? "retrieval-augmented generation, knowledge base maintenance in practice, evaluation" : "大模型，知识库，评估"}`,
		);
		if (chance(0.5)) {
			feature("abstract:long-english");
			out.push(`${label("摘要", "Abstract")}${LONG_ABSTRACT}`);
		}
		out.push("");
	}

	// Sections of the article.
	const level = pick([2, 3, 4, 5]);
	const numbering = pick(["cn", "arabic", "none"] as const);
	const numbered = (n: number, name: string) =>
		numbering === "cn"
			? `${"一二三四五六七八九十"[n]}、${name}`
			: numbering === "arabic"
				? `${n + 1}. ${name}`
				: name;
	const makeSection = (name: string, paragraph: string): Section => {
		const lines = [paragraph];
		let display = 0;
		let inline = 0;
		const formula = pick([
			"none",
			"none",
			"inline",
			"paren",
			"block",
			"bracket",
			"list",
			"quote",
			"mid",
		] as const);
		if (formula !== "none") feature(`formula:${formula}`);
		if (formula === "inline") {
			lines.push("", "误差按 $e = y - \\hat{y}$ 计算。");
			inline += 1;
		} else if (formula === "paren") {
			lines.push("", "权重满足 \\(\\sum_i w_i = 1\\)，且每一项非负。");
			inline += 1;
		} else if (formula === "block") {
			lines.push("", "$$", "L = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2", "$$");
			display += 1;
		} else if (formula === "bracket") {
			lines.push("", "\\[", "p(y \\mid x) = \\prod_t p(y_t \\mid y_{<t}, x)", "\\]");
			display += 1;
		} else if (formula === "list") {
			lines.push(
				"",
				"1. 损失写成 $$L = -\\sum_i y_i \\log p_i$$ 其中 $p_i$ 是预测概率。",
				"2. 再加上正则项。",
			);
			display += 1;
			inline += 1;
		} else if (formula === "quote") {
			lines.push(
				"",
				"> 注意力的计算方式：",
				"> $$",
				"> \\mathrm{Attention}(Q,K,V) = \\mathrm{softmax}(QK^T/\\sqrt{d})V",
				"> $$",
			);
			display += 1;
		} else if (formula === "mid") {
			lines.push("", "按 $$\\eta_t = \\eta_0 \\cdot t / T$$ 线性增长，然后保持不变。");
			display += 1;
		}
		if (chance(0.15)) {
			feature("table");
			lines.push(
				"",
				"| 指标 | 试点前 | 试点后 |",
				"| --- | --- | --- |",
				"| 平均处理时间 | 12 分钟 | 6 分钟 |",
				"| 复核发现的错误 | 9 处 | 4 处 |",
			);
		}
		if (chance(0.15)) {
			feature("nested-list");
			lines.push(
				"",
				"- 准备阶段",
				"  - 整理资料",
				"  - 确定评测集",
				"- 上线阶段",
				"  1. 小范围试用",
				"  2. 逐步推广",
			);
		}
		if (chance(0.15)) {
			feature("html");
			lines.push("", `这一点<span style="color:red" onclick="alert(1)">尤其重要</span>。`);
		}
		return { name, text: lines.join("\n"), display, inline };
	};
	const chosen = hasArticle ? shuffled(SECTIONS).slice(0, 2 + Math.floor(next() * 3)) : [];
	const sections = chosen.map((section) => makeSection(section.name, section.paragraph));
	// A section whose heading is a question, with no labelled parts: it stays in the article.
	if (hasArticle && chance(0.2)) {
		feature("question-section");
		const at = Math.floor(next() * (sections.length + 1));
		sections.splice(
			at,
			0,
			makeSection(
				"为什么现在要做？",
				"算力成本下降、开源模型成熟，让中小团队也能负担得起试点，早一步积累数据和经验就多一分主动。",
			),
		);
	}
	// Generated text often wraps headings in bold: `## **一、现状**`.
	const boldHeadings = chance(0.2);
	if (boldHeadings) feature("bold-headings");
	const writeSections = (list: readonly Section[]) => {
		list.forEach((section, n) => {
			const name = numbered(n, section.name);
			out.push(`${"#".repeat(level)} ${boldHeadings ? `**${name}**` : name}`, "", section.text, "");
		});
	};
	if (hasArticle) {
		if (titleStyle === "missing") {
			feature("title:missing");
			out.push("这份材料整理自一次内部分享，记录了项目从试点到推广的过程。", "");
		}
		if (titleStyle === "generic")
			out.push(
				`${"#".repeat(level)} 背景介绍`,
				"",
				"项目起步时，团队对大模型能做什么并没有把握，只能从小范围的试点开始摸索。",
				"",
			);
		writeSections(sections);
		if (chance(0.3)) {
			feature("html:script");
			out.push('<script>alert("x")</script>', "");
		}
	}
	const expectedSections = [
		...(titleStyle === "generic" ? ["背景介绍"] : []),
		...sections.map((s) => s.name),
	];

	// The bank.
	const expectedCode: Record<string, number> = {};
	const expectedStatements: Record<string, string> = {};
	const asked =
		hasArticle && kind === "article-only" ? [] : shuffled(QUESTIONS).slice(0, 2 + Math.floor(next() * 5));
	if (asked.length > 0) {
		const named = hasArticle ? chance(0.6) : chance(0.3);
		const style = pick(["heading", "list", "qa", "bold-q", "bold-numbered"] as const);
		const labels = pick([
			"bold-in",
			"bold-out",
			"plain",
			"plain-ascii",
			"bold-alone",
			"plain-alone",
		] as const);
		feature(`bank:${named ? "named" : "unnamed"}`);
		feature(`items:${style}`);
		feature(`labels:${labels}`);
		const itemLevel = Math.min(level + (named ? 1 : 0), 6);
		if (named)
			out.push(
				`${"#".repeat(level)} ${pick(["面试题", "常见问题与解答", "FAQ", "典型问题", "面试题库"])}`,
				"",
			);
		const label = (word: string, rest: string) =>
			labels === "bold-in"
				? [`**${word}：** ${rest}`]
				: labels === "bold-out"
					? [`**${word}**：${rest}`]
					: labels === "plain"
						? [`${word}：${rest}`]
						: labels === "plain-ascii"
							? [`${word}: ${rest}`]
							: labels === "plain-alone"
								? [word, "", rest]
								: [`**${word}**`, "", rest];
		const items = [...asked];
		// A question asked again later, with another code example: merged into one, both examples kept.
		const repeated = chance(0.3) ? asked[0] : undefined;
		if (repeated) {
			feature("repeated-question");
			items.push(repeated);
		}
		const codeBlocks: Record<string, number> = {};
		const statements: Record<string, string> = {};
		// Compact items: no blank line between a question and its parts (one Markdown paragraph).
		const compact = chance(0.3);
		if (compact) feature("compact-items");
		const itemStart = out.length;
		// Numbered question headings without a question mark: still items, by their labelled parts.
		const bare = style === "heading" && chance(0.3);
		if (bare) feature("items:no-question-mark");
		items.forEach((item, n) => {
			const index = QUESTIONS.indexOf(item) + (n >= asked.length ? 100 : 0);
			if (style === "heading") {
				out.push(
					`${"#".repeat(itemLevel)} ${n + 1}. ${bare ? item.question.replace(/？$/, "") : item.question}`,
					"",
				);
				if (chance(0.5) && n < asked.length) {
					feature("statement");
					const full = chance(0.5);
					out.push(...label("题目", full ? item.statement : item.question), "");
					if (full) statements[item.question] = item.statement;
				}
			} else if (style === "list") {
				out.push(`${n + 1}. **问题：** ${item.question}`, "");
			} else if (style === "qa") {
				out.push(`Q${n + 1}：${item.question}`, "");
			} else if (style === "bold-numbered") {
				out.push(`**${n + 1}. ${item.question}**`, "");
			} else {
				out.push(`**Q：${item.question}**`, "");
			}
			if (style === "qa") out.push(`A${n + 1}：${item.answer}`, "");
			else if (style === "bold-q") out.push(`**A**：${item.answer}`, "");
			else out.push(...label("答案", item.answer), "");
			if (style !== "qa" && (chance(0.4) || n >= asked.length)) {
				feature("example-code");
				out.push(
					...label("举例", "下面的代码演示了思路："),
					"",
					"```python",
					pythonExample(index),
					"```",
					"",
				);
				codeBlocks[item.question] = (codeBlocks[item.question] ?? 0) + 1;
			}
			if (style !== "qa" && chance(0.5)) out.push(...label("解析", item.analysis), "");
		});
		if (compact) {
			const lines = out.splice(itemStart);
			// Keep the blank line before an item's first line only, so items stay apart.
			lines.forEach((line, i) => {
				const nextLine = lines[i + 1] ?? "";
				const startsItem = /^(#{1,6} \d+\. |\d+\. \*\*问题|Q\d+：|\*\*Q：)/.test(nextLine);
				if (line !== "" || startsItem) out.push(line);
			});
			out.push("");
		}
		Object.assign(expectedCode, codeBlocks);
		Object.assign(expectedStatements, statements);
		// A closing section after the bank ends the bank and belongs to the article again.
		if (hasArticle && chance(0.3)) {
			feature("section-after-bank");
			const closing = makeSection(
				"收尾",
				"试点结束后，团队把经验写成操作手册，并约定每季度复盘一次模型的表现和成本。",
			);
			out.push(`${"#".repeat(level)} ${numbered(sections.length, closing.name)}`, "", closing.text, "");
			sections.push(closing);
			expectedSections.push(closing.name);
		}
	}

	// Another version of the article: same sections, one dropped, one added.
	if (
		hasArticle &&
		sections.length >= 2 &&
		!["missing", "generic", "plain"].includes(titleStyle) &&
		chance(0.25)
	) {
		feature("versions");
		const extra = SECTIONS.find((section) => !chosen.includes(section));
		const second = [...sections.slice(1), ...(extra ? [makeSection(extra.name, extra.paragraph)] : [])];
		out.push("### 博客标题：", "", `《${articleTitle}》`, "");
		writeSections(second);
		const added = second.at(-1);
		if (extra && added) {
			expectedSections.push(added.name);
			sections.push(added);
		}
	}

	// Boilerplate.
	if (chance(0.4)) {
		feature("boilerplate");
		out.push(
			"---",
			"",
			"#### 作者：",
			"",
			"[您的名称]",
			"",
			"以上就是本文的全部内容，如需进一步修改或补充，请告知。",
			"",
		);
	}

	return {
		seed,
		text: out.join("\n"),
		...(titleOption ? { title: titleOption } : {}),
		...(hasArticle ? { articleTitle } : {}),
		questions: asked.map((item) => item.question),
		sections: expectedSections,
		displayFormulas: sections.reduce((sum, section) => sum + section.display, 0),
		inlineFormulas: sections.reduce((sum, section) => sum + section.inline, 0),
		features,
		codeBlocks: expectedCode,
		statements: expectedStatements,
	};
}
