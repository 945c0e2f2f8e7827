import { createUrls } from "../../lib/urls.ts";
import { facetValues } from "../../practice/facet-values.ts";
import {
	type BankItem,
	emptySelection,
	FACETS,
	type Facet,
	facetCounts,
	matches,
	selectionFromParams,
	selectionToParams,
} from "../../practice/facets.ts";
import { masteredCount, type Progress } from "../../practice/progress.ts";
import { readCheckboxes, writeCheckboxes } from "../form-selection.ts";
import { loadBankManifest } from "./bank-data.ts";
import { type ResultsView, resultsView } from "./bank-results.ts";
import { renderOptions, writeCounts } from "./facet-options.ts";
import { markGrades } from "./grade-marks.ts";
import { PRINT_LIMIT, printWithAnswers } from "./print-bank.ts";
import { loadProgress, showNotice } from "./progress-store.ts";

/** Each `[data-mastered-in="<category>"]` marker says how many of the category's questions are mastered. */
function markMastered(items: readonly BankItem[], progress: Progress): void {
	for (const marker of document.querySelectorAll<HTMLElement>("[data-mastered-in]")) {
		const ids = items.filter((item) => item.category === marker.dataset["masteredIn"]).map((item) => item.id);
		const mastered = masteredCount(progress, ids);
		marker.textContent = mastered > 0 ? `已掌握 ${mastered}/${ids.length}` : "";
	}
}

/**
 * The bank's filters: facets combine (any value within a facet, all facets together), counts update
 * live, the selection lives in the URL, and each question shows the reader's last grade. The
 * questions come from the bank manifest; the checkboxes and the URL work while it downloads.
 */
export function initBankFilters(): void {
	const tools = document.querySelector<HTMLElement>("[data-bank-tools]");
	const form = tools?.querySelector<HTMLElement>("[data-bank-filters]");
	const total = tools?.querySelector<HTMLElement>("[data-bank-total]");
	const practice = tools?.querySelector<HTMLAnchorElement>("[data-practice-link]");
	const notice = tools?.querySelector<HTMLElement>("[data-progress-notice]") ?? null;
	const area = document.querySelector<HTMLElement>("[data-print-area]");
	if (!tools || !form || !total || !practice || !area) return;
	const urls = createUrls(import.meta.env.BASE_URL);
	const { progress, notice: progressNotice } = loadProgress();
	showNotice(notice, progressNotice);
	markGrades(progress);
	let selection = selectionFromParams(new URLSearchParams(location.search));
	writeCheckboxes(form, selection);
	let bank: { items: BankItem[]; view: ResultsView } | undefined;
	const visibleItems = () => bank?.items.filter((item) => matches(item, selection)) ?? [];

	const apply = () => {
		const query = selectionToParams(selection).toString();
		history.replaceState(null, "", query ? `?${query}` : location.pathname);
		practice.href = urls.practice(query || undefined);
		const tags = form.querySelector<HTMLElement>("[data-selected-tags]");
		if (tags) tags.textContent = selection.tag.length > 0 ? `已选：${selection.tag.join("、")}` : "";
		if (!bank) return;
		const visible = visibleItems();
		bank.view.show(visible);
		writeCounts(form, facetCounts(bank.items, selection));
		const filtered = FACETS.some((facet) => selection[facet].length > 0);
		total.textContent = filtered
			? `筛选出 ${visible.length} / ${bank.items.length} 题`
			: `共 ${bank.items.length} 题`;
	};

	// A change only touches its own group: the tag boxes may not exist yet, and their selection must stay.
	form.addEventListener("change", (event) => {
		const box = event.target as HTMLInputElement;
		const facet = box.name as Facet;
		if (!FACETS.includes(facet)) return;
		const group = box.closest("fieldset") ?? form;
		selection = { ...selection, [facet]: readCheckboxes(group)[facet] ?? [] };
		apply();
	});
	tools.querySelector("[data-clear-filters]")?.addEventListener("click", () => {
		selection = emptySelection();
		writeCheckboxes(form, selection);
		apply();
	});
	const printButton = tools.querySelector<HTMLButtonElement>("[data-print-bank]");
	printButton?.addEventListener("click", () => {
		const items = visibleItems();
		if (items.length > PRINT_LIMIT) {
			showNotice(notice, `一次最多打印 ${PRINT_LIMIT} 题（现在是 ${items.length} 题），请先用筛选缩小范围。`);
			return;
		}
		if (items.length > 0) void printWithAnswers(items, area, printButton);
	});
	apply();

	loadBankManifest().then(
		(items) => {
			const view = resultsView(progress);
			if (!view) return;
			bank = { items, view };
			const tagOptions = form.querySelector<HTMLDetailsElement>("[data-tag-options]");
			const tagGroup = tagOptions?.querySelector("fieldset");
			// The tags can be thousands: their boxes are made when the reader first opens the group.
			const renderTags = () => {
				const values = facetValues(items).find((group) => group.facet === "tag")?.values ?? [];
				if (tagGroup) renderOptions(tagGroup, "tag", values, selection);
				apply();
			};
			if (tagOptions?.open) renderTags();
			else tagOptions?.addEventListener("toggle", renderTags, { once: true });
			apply();
			markMastered(items, progress);
		},
		(error: Error) => {
			total.textContent = "题目加载失败";
			showNotice(notice, error.message);
		},
	);
}
