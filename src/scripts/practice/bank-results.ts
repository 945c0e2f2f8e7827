import { RESULTS_BATCH_SIZE } from "../../lib/list-settings.ts";
import type { BankItem } from "../../practice/facets.ts";
import type { Progress } from "../../practice/progress.ts";
import { DIFFICULTIES, slugOfTerm } from "../../schemas/taxonomy.ts";
import { markRows } from "./grade-marks.ts";

/** Shows the questions that match the filters. */
export interface ResultsView {
	show(visible: readonly BankItem[]): void;
	/**
	 * Hides the questions while a filter from the URL waits for the manifest (rather than showing the
	 * whole bank and then taking most of it away), or shows them all again when it cannot be loaded.
	 */
	setWaiting(waiting: boolean): void;
}

/**
 * A small bank's page lists every question, grouped by category: filtering hides the rows that do not
 * match, and a category (with its jump link) when none of its rows is left.
 */
function listedRows(sections: readonly HTMLElement[]): ResultsView {
	const rows = sections.flatMap((section) => [
		...section.querySelectorAll<HTMLElement>("li[data-question-id]"),
	]);
	const setSectionHidden = (section: HTMLElement, hidden: boolean) => {
		section.hidden = hidden;
		const jump = document.querySelector<HTMLElement>(`[data-jump-to="${section.dataset["category"]}"]`);
		if (jump) jump.hidden = hidden;
	};
	return {
		setWaiting(waiting) {
			for (const section of sections) setSectionHidden(section, waiting);
		},
		show(visible) {
			const ids = new Set(visible.map((item) => item.id));
			for (const row of rows) row.hidden = !ids.has(row.dataset["questionId"] ?? "");
			for (const section of sections)
				setSectionHidden(section, !section.querySelector("li[data-question-id]:not([hidden])"));
		},
	};
}

/** One row cloned from the page's empty row, filled in for a question. */
function rowFor(template: HTMLTemplateElement, item: BankItem): HTMLElement {
	const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	row.dataset["questionId"] = item.id;
	const link = row.querySelector("a");
	if (link) {
		link.href = item.url;
		link.textContent = item.title;
	}
	const badge = row.querySelector<HTMLElement>(".badge");
	if (badge) {
		badge.classList.remove(...DIFFICULTIES.map((term) => term.slug));
		badge.classList.add(slugOfTerm(DIFFICULTIES, item.difficulty));
		badge.textContent = item.difficulty;
	}
	const category = row.querySelector<HTMLElement>("[data-category-of]");
	if (category) category.textContent = item.category;
	const grade = row.querySelector<HTMLElement>("[data-grade-of]");
	if (grade) grade.dataset["gradeOf"] = item.id;
	const star = row.querySelector<HTMLElement>("[data-star-of]");
	if (star) star.dataset["starOf"] = item.id;
	return row;
}

/**
 * A large bank's page lists only the first batch of the bank: every other view is drawn from the
 * manifest, `RESULTS_BATCH_SIZE` questions at a time, with a 显示更多 button for the next batch (focus
 * moves to the first new one). `loadItems` fetches the manifest when 显示更多 is pressed before it came.
 */
function batchedList(
	section: HTMLElement,
	progress: Progress,
	loadItems: () => Promise<void>,
): ResultsView | undefined {
	const list = section.querySelector<HTMLOListElement>("[data-results-list]");
	const template = section.querySelector<HTMLTemplateElement>("template[data-results-row]");
	const more = section.querySelector<HTMLButtonElement>("[data-results-more]");
	const status = section.querySelector<HTMLElement>("[data-results-status]");
	if (!list || !template || !more || !status) return undefined;
	/** The questions this view shows; undefined while it is still the page's own first batch. */
	let items: readonly BankItem[] | undefined;
	let shown = list.children.length;
	const wholeBankShown = more.hidden;

	const showMore = () => {
		const batch = (items ?? [])
			.slice(shown, shown + RESULTS_BATCH_SIZE)
			.map((item) => rowFor(template, item));
		for (const row of batch) markRows(progress, row);
		list.append(...batch);
		shown += batch.length;
		const left = (items?.length ?? 0) - shown;
		more.hidden = left === 0;
		more.textContent = `显示更多（还有 ${left} 题）`;
		return batch[0];
	};

	more.addEventListener("click", async () => {
		if (!items) await loadItems();
		if (items) showMore()?.querySelector("a")?.focus();
	});
	return {
		setWaiting(waiting) {
			list.hidden = waiting;
			more.hidden = waiting || (items ? shown === items.length : wholeBankShown);
			status.textContent = waiting ? "正在加载题目…" : "";
		},
		show(visible) {
			items = visible;
			shown = 0;
			list.hidden = false;
			list.replaceChildren();
			status.textContent = visible.length === 0 ? "没有符合条件的题目，试试减少筛选条件。" : "";
			showMore();
		},
	};
}

/** The view this page has: its own grouped list (small bank) or a list drawn from the manifest (large). */
export function resultsView(progress: Progress, loadItems: () => Promise<void>): ResultsView | undefined {
	const section = document.querySelector<HTMLElement>("[data-bank-results]");
	if (section) return batchedList(section, progress, loadItems);
	const sections = [...document.querySelectorAll<HTMLElement>("section[data-category]")];
	return sections.length > 0 ? listedRows(sections) : undefined;
}
