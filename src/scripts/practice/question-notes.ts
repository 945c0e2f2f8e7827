import { setNote, setStar } from "../../practice/annotations.ts";
import { parseNote } from "../../practice/note-markdown.ts";
import type { Progress } from "../../practice/progress.ts";
import { showNotice, updateProgress } from "./progress-store.ts";
import { noteElements } from "./render-note.ts";

const SAVE_DELAY = 500;

/**
 * The star and the private note of a question page. Both are saved to the stored progress at once
 * (the note half a second after typing stops, and when the field is left or the page hidden), so
 * they go wherever the progress goes: export, import, other tabs.
 */
export function initQuestionNotes(bar: HTMLElement, id: string, loaded: Progress): void {
	let progress = loaded;
	const star = bar.querySelector<HTMLButtonElement>("[data-star]");
	const note = bar.querySelector<HTMLDetailsElement>("[data-note]");
	const text = bar.querySelector<HTMLTextAreaElement>("[data-note-text]");
	const status = bar.querySelector<HTMLElement>("[data-note-status]");
	const preview = bar.querySelector<HTMLElement>("[data-note-preview]");
	const marker = bar.querySelector<HTMLElement>("[data-note-marker]");

	const showStar = () => star?.setAttribute("aria-pressed", String(id in progress.stars));
	star?.addEventListener("click", () => {
		const starred = !(id in progress.stars);
		const result = updateProgress(progress, (stored) => ({
			...stored,
			stars: setStar(stored.stars, id, starred, Date.now()),
		}));
		progress = result.progress;
		showStar();
		if (!result.saved)
			showNotice(bar.querySelector("[data-practice-notice]"), "收藏无法保存（浏览器存储不可用或已满）。");
	});
	showStar();

	if (!note || !text) return;
	const showPreview = () => {
		const blocks = parseNote(text.value);
		preview?.replaceChildren(...noteElements(blocks));
		if (preview) preview.hidden = blocks.length === 0;
		if (marker) marker.hidden = text.value.trim() === "";
	};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const save = () => {
		if (timer === undefined) return;
		clearTimeout(timer);
		timer = undefined;
		const value = text.value;
		const result = updateProgress(progress, (stored) => ({
			...stored,
			notes: setNote(stored.notes, id, value, Date.now()),
		}));
		progress = result.progress;
		if (status) status.textContent = result.saved ? "已保存" : "笔记无法保存（浏览器存储不可用或已满）。";
	};

	text.value = progress.notes[id]?.text ?? "";
	note.open = text.value !== "";
	showPreview();
	text.addEventListener("input", () => {
		clearTimeout(timer);
		timer = setTimeout(save, SAVE_DELAY);
		if (status) status.textContent = "";
		showPreview();
	});
	text.addEventListener("blur", save);
	addEventListener("pagehide", save);
}
