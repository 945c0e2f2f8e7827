import { GRADE_LABELS, type Progress, parseProgress, STORAGE_KEY } from "../../practice/progress.ts";

/** Writes the reader's last grade into every `[data-grade-of="<id>"]` marker under `root`. */
export function markGrades(progress: Progress, root: ParentNode = document): void {
	for (const marker of root.querySelectorAll<HTMLElement>("[data-grade-of]")) {
		const entry = progress.questions[marker.dataset["gradeOf"] ?? ""];
		marker.textContent = entry ? GRADE_LABELS[entry.grade] : "";
		marker.dataset["grade"] = entry?.grade ?? "";
	}
}

/**
 * Marks grades from the stored progress, reading only: a list page says nothing about damaged
 * progress and never writes; the bank and practice pages report and back it up.
 */
export function markStoredGrades(): void {
	let text: string | null = null;
	try {
		text = localStorage.getItem(STORAGE_KEY);
	} catch {
		return;
	}
	markGrades(parseProgress(text).progress);
}
