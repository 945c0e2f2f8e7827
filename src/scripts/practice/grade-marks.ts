import { GRADE_LABELS, type Progress, parseProgress, STORAGE_KEY } from "../../practice/progress.ts";

/** Writes the reader's last grade into every `[data-grade-of="<id>"]` marker under `root`. */
export function markGrades(progress: Progress, root: ParentNode = document): void {
	for (const marker of root.querySelectorAll<HTMLElement>("[data-grade-of]")) {
		const entry = progress.questions[marker.dataset["gradeOf"] ?? ""];
		marker.textContent = entry ? GRADE_LABELS[entry.grade] : "";
		marker.dataset["grade"] = entry?.grade ?? "";
	}
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

/** Puts a star into every `[data-star-of="<id>"]` marker under `root` whose question the reader starred. */
export function markStars(progress: Progress, root: ParentNode = document): void {
	for (const marker of root.querySelectorAll<HTMLElement>("[data-star-of]")) {
		if ((marker.dataset["starOf"] ?? "") in progress.stars) marker.replaceChildren(...starMark());
		else marker.replaceChildren();
	}
}

/** The reader's grade and star on every question row under `root`. */
export function markRows(progress: Progress, root: ParentNode = document): void {
	markGrades(progress, root);
	markStars(progress, root);
}

/**
 * Marks grades and stars from the stored progress, reading only: a list page says nothing about
 * damaged progress and never writes; the bank and practice pages report and back it up.
 */
export function markStoredMarks(): void {
	let text: string | null = null;
	try {
		text = localStorage.getItem(STORAGE_KEY);
	} catch {
		return;
	}
	markRows(parseProgress(text).progress);
}
