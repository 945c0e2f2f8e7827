import { studyTag, type TagGuide } from "../../lib/tag-guide.ts";
import type { InterviewItem, InterviewReport } from "../../practice/interview-report.ts";
import {
	formatDuration,
	missedItems,
	percent,
	type ScoreRow,
	scoresBy,
	type WeakTags,
	weakestTags,
} from "../../practice/interview-scores.ts";
import { h, required } from "./dom.ts";

/** When a report was started, as the reader's clock shows it: 2026/5/1 14:05. */
export function reportDate(report: InterviewReport): string {
	return new Date(report.startedAt).toLocaleString("zh-CN", { dateStyle: "short", timeStyle: "short" });
}

const scoreRows = (rows: readonly ScoreRow[]) =>
	rows.map((row) =>
		h(
			"tr",
			{},
			h("th", { scope: "row", text: row.label }),
			h("td", { text: String(row.count) }),
			h("td", { text: percent(row.score) }),
			h("td", { text: formatDuration(row.seconds) }),
		),
	);

function itemRow(item: InterviewItem, urlOf: (id: string) => string | undefined): HTMLLIElement {
	const url = urlOf(item.id);
	const title = url ? h("a", { href: url, text: item.title }) : h("span", { text: item.title });
	const missed = item.score < 1;
	return h(
		"li",
		{},
		h("p", {}, title),
		h(
			"p",
			{ class: "detail" },
			`${item.category} · ${item.difficulty} · 用时 ${formatDuration(item.seconds)} · 要点 ${item.checked}/${item.total} · `,
			h(
				"span",
				missed
					? { class: "missed", text: `${percent(item.score)}（未答全）` }
					: { text: percent(item.score) },
			),
		),
	);
}

/**
 * Fills the report section: overall score, score by category and difficulty, the weakest tags with
 * where to study them, and every question with its time and points.
 */
export function renderReport(
	section: HTMLElement,
	report: InterviewReport,
	guide: TagGuide,
	urlOf: (id: string) => string | undefined,
): void {
	const seconds = report.items.reduce((sum, item) => sum + item.seconds, 0);
	const missed = missedItems(report.items);
	required<HTMLElement>(section, "[data-report-summary]").replaceChildren(
		`${reportDate(report)} · 共 ${report.items.length} 题 · 作答用时 ${formatDuration(seconds)} · 总分 `,
		h("strong", { text: percent(report.score) }),
	);
	required(section, "[data-report-categories]").replaceChildren(
		...scoreRows(scoresBy(report.items, "category")),
	);
	required(section, "[data-report-difficulties]").replaceChildren(
		...scoreRows(scoresBy(report.items, "difficulty")),
	);

	const titleOf = new Map(report.items.map((item) => [item.id, item.title]));
	const weak = weakestTags(report.items);
	required<HTMLElement>(section, "[data-report-no-weak]").hidden = weak.length > 0;
	required(section, "[data-report-weak]").replaceChildren(
		...weak.map((row) => weakTagsRow(row, guide, (id) => ({ title: titleOf.get(id) ?? id, url: urlOf(id) }))),
	);
	required(section, "[data-report-items]").replaceChildren(
		...report.items.map((item) => itemRow(item, urlOf)),
	);

	const retry = required<HTMLButtonElement>(section, "[data-report-retry]");
	retry.hidden = missed.length === 0;
	retry.textContent = `重做答错的题（${missed.length} 道）`;
}

/** A row of the weakest tags: the tags (linked to their pages), their score, the missed questions, a few articles. */
function weakTagsRow(
	row: WeakTags,
	guide: TagGuide,
	questionOf: (id: string) => { title: string; url: string | undefined },
): HTMLLIElement {
	const studies = row.tags.map((tag) => ({ tag, study: studyTag(guide, tag) }));
	const names = studies.map(({ tag, study }) =>
		study ? h("a", { href: study.url, text: `#${tag}` }) : h("span", { text: `#${tag}` }),
	);
	const parts: Node[] = [h("p", {}, ...joined(names), `：得分 ${percent(row.score)}（${row.count} 题）`)];
	const questions = row.missed.flatMap((id) => {
		const { title, url } = questionOf(id);
		return url ? [h("a", { href: url, text: title })] : [];
	});
	if (questions.length > 0) parts.push(h("p", { class: "detail" }, "没答全：", ...joined(questions)));
	const articles = [
		...new Map(
			studies.flatMap(({ study }) => study?.articles ?? []).map((article) => [article.url, article]),
		).values(),
	].slice(0, 3);
	if (articles.length > 0)
		parts.push(
			h(
				"p",
				{ class: "detail" },
				"延伸阅读：",
				...joined(articles.map((article) => h("a", { href: article.url, text: article.title }))),
			),
		);
	return h("li", {}, ...parts);
}

/** Nodes separated by 「、」. */
function joined(nodes: readonly Node[]): (Node | string)[] {
	return nodes.flatMap((node, index) => (index === 0 ? [node] : ["、", node]));
}
