import { createUrls } from "../../lib/urls.ts";
import {
	type BankItem,
	emptySelection,
	FACETS,
	facetCounts,
	matches,
	type Selection,
	selectionFromParams,
	selectionToParams,
} from "../../practice/facets.ts";
import { GRADE_LABELS, masteredCount } from "../../practice/progress.ts";
import { keepStarred, STARRED_PARAM, starredOnlyFrom, withStarredParam } from "../../practice/starred.ts";
import { readCheckboxes, writeCheckboxes } from "../form-selection.ts";
import { fetchAnswer, readBankManifest } from "./bank-data.ts";
import { loadProgress, showNotice } from "./progress-store.ts";

function selectionOf(form: HTMLElement): Selection {
	const ticked = readCheckboxes(form);
	const selection = emptySelection();
	for (const facet of FACETS) selection[facet] = ticked[facet] ?? [];
	return selection;
}

/** ★ for the eye, 已收藏 for screen readers. */
function starMark(): HTMLElement[] {
	const star = document.createElement("span");
	star.setAttribute("aria-hidden", "true");
	star.textContent = "★";
	const words = document.createElement("span");
	words.className = "visually-hidden";
	words.textContent = "已收藏";
	return [star, words];
}

/** Prints the visible questions with their answers, fetched from their pages. */
async function printWithAnswers(items: readonly BankItem[], area: HTMLElement, button: HTMLButtonElement) {
	button.disabled = true;
	button.textContent = "正在准备…";
	const answers = await Promise.all(
		items.map((item) => fetchAnswer(item.url).catch(() => "<p>（答案加载失败）</p>")),
	);
	area.replaceChildren(
		...items.map((item, index) => {
			const section = document.createElement("section");
			section.className = "print-question";
			const title = document.createElement("h2");
			title.textContent = `${index + 1}. ${item.title}`;
			const meta = document.createElement("p");
			meta.textContent = `${item.category} · ${item.difficulty}`;
			const body = document.createElement("div");
			body.className = "prose";
			body.innerHTML = answers[index] ?? "";
			section.append(title, meta, body);
			return section;
		}),
	);
	button.disabled = false;
	button.textContent = "打印（含答案）";
	document.body.classList.add("print-answers");
	addEventListener("afterprint", () => document.body.classList.remove("print-answers"), { once: true });
	print();
}

/**
 * The bank's filters: facets combine (any value within a facet, all facets together), counts update
 * live, the selection lives in the URL, and each question shows the reader's last grade and star.
 * "Starred only" narrows everything, counts included, to the reader's starred questions.
 */
export function initBankFilters(): void {
	const tools = document.querySelector<HTMLElement>("[data-bank-tools]");
	const form = tools?.querySelector<HTMLElement>("[data-bank-filters]");
	const total = tools?.querySelector<HTMLElement>("[data-bank-total]");
	const practice = tools?.querySelector<HTMLAnchorElement>("[data-practice-link]");
	const area = document.querySelector<HTMLElement>("[data-print-area]");
	const items = readBankManifest();
	if (!tools || !form || !total || !practice || !area || items.length === 0) return;
	const urls = createUrls(import.meta.env.BASE_URL);
	const rows = [...document.querySelectorAll<HTMLElement>("li[data-question-id]")];
	const sections = [...document.querySelectorAll<HTMLElement>("section[data-category]")];
	const params = new URLSearchParams(location.search);
	let selection = selectionFromParams(params);
	let starredOnly = starredOnlyFrom(params);
	const starredBox = form.querySelector<HTMLInputElement>(`input[name="${STARRED_PARAM}"]`);
	writeCheckboxes(form, selection);
	if (starredBox) starredBox.checked = starredOnly;
	const { progress, notice } = loadProgress();
	showNotice(tools.querySelector("[data-progress-notice]"), notice);

	const inView = (onlyStarred: boolean) =>
		keepStarred(items, progress.stars, onlyStarred).filter((item) => matches(item, selection));

	const apply = () => {
		const visible = inView(starredOnly);
		const ids = new Set(visible.map((item) => item.id));
		for (const row of rows) row.hidden = !ids.has(row.dataset["questionId"] ?? "");
		for (const section of sections) {
			section.hidden = !section.querySelector("li[data-question-id]:not([hidden])");
			const jump = document.querySelector<HTMLElement>(`[data-jump-to="${section.dataset["category"]}"]`);
			if (jump) jump.hidden = section.hidden;
		}
		const counts = facetCounts(keepStarred(items, progress.stars, starredOnly), selection);
		const starredCount = inView(true).length;
		const starredCountText = form.querySelector<HTMLElement>("[data-starred-count]");
		if (starredCountText) starredCountText.textContent = String(starredCount);
		if (starredBox) starredBox.disabled = starredCount === 0 && !starredOnly;
		for (const span of form.querySelectorAll<HTMLElement>("[data-count-for]")) {
			const [facet, value] = (span.dataset["countFor"] ?? "").split(/:(.*)/s) as [
				keyof typeof counts,
				string,
			];
			const count = counts[facet]?.get(value) ?? 0;
			span.textContent = String(count);
			const box = span.parentElement?.querySelector("input");
			if (box) box.disabled = count === 0 && !box.checked;
		}
		const tags = form.querySelector<HTMLElement>("[data-selected-tags]");
		if (tags) tags.textContent = selection.tag.length > 0 ? `已选：${selection.tag.join("、")}` : "";
		const filtered = starredOnly || FACETS.some((facet) => selection[facet].length > 0);
		total.textContent = filtered ? `筛选出 ${visible.length} / ${items.length} 题` : `共 ${items.length} 题`;
		const query = withStarredParam(selectionToParams(selection), starredOnly).toString();
		history.replaceState(null, "", query ? `?${query}` : location.pathname);
		practice.href = urls.practice(query || undefined);
	};

	form.addEventListener("change", () => {
		selection = selectionOf(form);
		starredOnly = starredBox?.checked === true;
		apply();
	});
	tools.querySelector("[data-clear-filters]")?.addEventListener("click", () => {
		selection = emptySelection();
		starredOnly = false;
		writeCheckboxes(form, selection);
		if (starredBox) starredBox.checked = false;
		apply();
	});
	const printButton = tools.querySelector<HTMLButtonElement>("[data-print-bank]");
	printButton?.addEventListener("click", () => {
		void printWithAnswers(inView(starredOnly), area, printButton);
	});
	apply();

	for (const marker of document.querySelectorAll<HTMLElement>("[data-grade-of]")) {
		const entry = progress.questions[marker.dataset["gradeOf"] ?? ""];
		marker.textContent = entry ? GRADE_LABELS[entry.grade] : "";
		marker.dataset["grade"] = entry?.grade ?? "";
	}
	for (const marker of document.querySelectorAll<HTMLElement>("[data-star-of]"))
		if ((marker.dataset["starOf"] ?? "") in progress.stars) marker.replaceChildren(...starMark());
	for (const marker of document.querySelectorAll<HTMLElement>("[data-mastered-in]")) {
		const ids = items.filter((item) => item.category === marker.dataset["masteredIn"]).map((item) => item.id);
		const mastered = masteredCount(progress, ids);
		marker.textContent = mastered > 0 ? `已掌握 ${mastered}/${ids.length}` : "";
	}
}
