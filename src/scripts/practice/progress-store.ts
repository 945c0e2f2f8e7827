import { emptyProgress, type Progress, parseProgress, STORAGE_KEY } from "../../practice/progress.ts";
import { readStoredWithBackup } from "../stored-with-backup.ts";

export interface LoadedProgress {
	progress: Progress;
	/** Something the reader should be told: the stored progress was damaged or could not be read. */
	notice?: string;
}

/**
 * Reads the stored progress. Damaged data never breaks the page: the valid entries are kept, the
 * damaged text is saved aside under a backup key (nothing is lost), and the reader is told.
 */
export function loadProgress(): LoadedProgress {
	const read = readStoredWithBackup(
		STORAGE_KEY,
		(text) => {
			const { progress, problem, dropped } = parseProgress(text);
			return { value: progress, problem, dropped };
		},
		Date.now(),
	);
	if (!read.available)
		return { progress: emptyProgress(), notice: "浏览器不允许本地存储，练习进度不会被保存。" };
	const { value: progress, damage } = read;
	if (!damage) return { progress };
	const notice = damage.problem
		? `保存的练习进度无法读取（${damage.problem}），已另存一份备份并从头开始记录。`
		: `保存的练习进度中有 ${damage.dropped} 条已损坏，已跳过，其余进度保留。`;
	return { progress, notice };
}

export function saveProgress(progress: Progress): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
		return true;
	} catch {
		return false;
	}
}

/**
 * Changes the stored progress and saves it. The change applies to what is stored now, so a grade
 * or note saved in another tab since this page loaded is kept; `current` is used when the stored
 * progress cannot be read. Returns the new progress and whether it was saved.
 */
export function updateProgress(
	current: Progress,
	change: (progress: Progress) => Progress,
): { progress: Progress; saved: boolean } {
	let base = current;
	try {
		const parsed = parseProgress(localStorage.getItem(STORAGE_KEY));
		if (!parsed.problem && parsed.dropped === 0) base = parsed.progress;
	} catch {}
	const progress = change(base);
	return { progress, saved: saveProgress(progress) };
}

/** Shows a notice in an element (a `role="alert"` paragraph), or hides it when there is none. */
export function showNotice(element: HTMLElement | null, notice: string | undefined): void {
	if (!element) return;
	element.hidden = !notice;
	element.textContent = notice ?? "";
}
