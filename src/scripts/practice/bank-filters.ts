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
import { keepStarred, STARRED_PARAM, starredOnlyFrom, withStarredParam } from "../../practice/starred.ts";
import { readCheckboxes, writeCheckboxes } from "../form-selection.ts";
import { loadBankManifest, prefetchBankManifest } from "./bank-data.ts";
import { resultsView } from "./bank-results.ts";
import { renderOptions, writeCounts } from "./facet-options.ts";
import { markRows } from "./grade-marks.ts";
import { PRINT_LIMIT, printWithAnswers } from "./print-bank.ts";
import { loadProgress, showNotice } from "./progress-store.ts";

/** Each `[data-mastered-in="<category>"]` marker says how many of the category's questions are mastered. */
function markMastered(items: readonly BankItem[], progress: Progress): void {
	const idsByCategory = new Map<string, string[]>();
	for (const item of items) {
		const ids = idsByCategory.get(item.category) ?? [];
		ids.push(item.id);
		idsByCategory.set(item.category, ids);
	}
	for (const marker of document.querySelectorAll<HTMLElement>("[data-mastered-in]")) {
		const ids = idsByCategory.get(marker.dataset["masteredIn"] ?? "") ?? [];
		const mastered = masteredCount(progress, ids);
		marker.textContent = mastered > 0 ? `已掌握 ${mastered}/${ids.length}` : "";
	}
}

/**
 * The bank's filters: facets combine (any value within a facet, all facets together), counts update
 * live, the selection lives in the URL, and each question shows the reader's last grade and star.
 * "Starred only" narrows everything, counts included, to the reader's starred questions.
 *
 * The page arrives showing the whole bank with its counts, so the bank manifest is fetched only when
 * something needs it: a filter in the URL or ticked, stored progress (mastered counts, starred
 * count), the tag group opened, 显示更多 or printing. The checkboxes and the URL work while it downloads.
 */
export function initBankFilters(): void {
	const tools = document.querySelector<HTMLElement>("[data-bank-tools]");
	const form = tools?.querySelector<HTMLElement>("[data-bank-filters]");
	const total = tools?.querySelector<HTMLElement>("[data-bank-total]");
	const practice = tools?.querySelector<HTMLAnchorElement>("[data-practice-link]");
	const notice = tools?.querySelector<HTMLElement>("[data-progress-notice]") ?? null;
	const area = document.querySelector<HTMLElement>("[data-print-area]");
	const tagOptions = form?.querySelector<HTMLDetailsElement>("[data-tag-options]");
	if (!tools || !form || !total || !practice || !area) return;
	const urls = createUrls(import.meta.env.BASE_URL);
	const { progress, notice: progressNotice } = loadProgress();
	showNotice(notice, progressNotice);
	markRows(progress);
	const params = new URLSearchParams(location.search);
	let selection = selectionFromParams(params);
	let starredOnly = starredOnlyFrom(params);
	const starredBox = form.querySelector<HTMLInputElement>(`input[name="${STARRED_PARAM}"]`);
	const starredCountText = form.querySelector<HTMLElement>("[data-starred-count]");
	writeCheckboxes(form, selection);
	if (starredBox) starredBox.checked = starredOnly;
	const hasStars = Object.keys(progress.stars).length > 0;
	const isFiltered = () => starredOnly || FACETS.some((facet) => selection[facet].length > 0);
	let items: BankItem[] | undefined;
	let loading: Promise<void> | undefined;

	/** The questions the filters let through, starred only or not. */
	const inView = (all: readonly BankItem[], onlyStarred: boolean) =>
		keepStarred(all, progress.stars, onlyStarred).filter((item) => matches(item, selection));

	/** How many starred questions the facets let through; with no stars at all, known without the manifest. */
	const writeStarredCount = (count: number | undefined) => {
		if (starredCountText) starredCountText.textContent = count === undefined ? "" : String(count);
		if (starredBox) starredBox.disabled = count === 0 && !starredOnly;
	};

	const apply = () => {
		const query = withStarredParam(selectionToParams(selection), starredOnly).toString();
		history.replaceState(null, "", query ? `?${query}` : location.pathname);
		practice.href = urls.practice(query || undefined);
		const tags = form.querySelector<HTMLElement>("[data-selected-tags]");
		if (tags) tags.textContent = selection.tag.length > 0 ? `已选：${selection.tag.join("、")}` : "";
		if (!items) {
			writeStarredCount(hasStars ? undefined : 0);
			return;
		}
		const visible = inView(items, starredOnly);
		view?.show(visible);
		writeCounts(form, facetCounts(keepStarred(items, progress.stars, starredOnly), selection));
		writeStarredCount(inView(items, true).length);
		total.textContent = isFiltered()
			? `筛选出 ${visible.length} / ${items.length} 题`
			: `共 ${items.length} 题`;
	};

	/** Fetches the manifest once; the tag boxes are made when the tag group is open (there can be thousands). */
	const loadItems = (): Promise<void> => {
		if (!loading) total.textContent = "正在加载题库…";
		loading ??= loadBankManifest().then(
			(loaded) => {
				items = loaded;
				const renderTags = () => {
					const values = facetValues(loaded).find((group) => group.facet === "tag")?.values ?? [];
					const group = tagOptions?.querySelector("fieldset");
					if (group) renderOptions(group, "tag", values, selection);
					apply();
				};
				if (tagOptions?.open) renderTags();
				else tagOptions?.addEventListener("toggle", renderTags, { once: true });
				apply();
				markMastered(loaded, progress);
			},
			(error: Error) => {
				total.textContent = "题目加载失败";
				showNotice(notice, error.message);
				view?.setWaiting(false);
				// The next filter or button tries again.
				loading = undefined;
			},
		);
		return loading;
	};
	const view = resultsView(progress, loadItems);

	// A change only touches its own group: the tag boxes may not exist yet, and their selection must stay.
	form.addEventListener("change", (event) => {
		const box = event.target as HTMLInputElement;
		if (box === starredBox) starredOnly = box.checked;
		else {
			const facet = box.name as Facet;
			if (!FACETS.includes(facet)) return;
			selection = { ...selection, [facet]: readCheckboxes(box.closest("fieldset") ?? form)[facet] ?? [] };
		}
		apply();
		void loadItems();
	});
	tagOptions?.addEventListener("toggle", () => void loadItems(), { once: true });
	tools.querySelector("[data-clear-filters]")?.addEventListener("click", () => {
		selection = emptySelection();
		starredOnly = false;
		writeCheckboxes(form, selection);
		if (starredBox) starredBox.checked = false;
		apply();
	});
	const printButton = tools.querySelector<HTMLButtonElement>("[data-print-bank]");
	printButton?.addEventListener("click", async () => {
		await loadItems();
		const visible = items ? inView(items, starredOnly) : [];
		if (visible.length > PRINT_LIMIT) {
			showNotice(
				notice,
				`一次最多打印 ${PRINT_LIMIT} 题（现在是 ${visible.length} 题），请先用筛选缩小范围。`,
			);
			return;
		}
		if (visible.length > 0) void printWithAnswers(visible, area, printButton);
	});
	apply();
	if (isFiltered()) view?.setWaiting(true);
	if (isFiltered() || hasStars || Object.keys(progress.questions).length > 0) void loadItems();
	else prefetchBankManifest();
}
