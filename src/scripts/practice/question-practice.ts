import { GRADE_LABELS, type Grade, gradeQuestion } from "../../practice/progress.ts";
import { isShortcutBlocked } from "../keyboard.ts";
import { loadProgress, showNotice, updateProgress } from "./progress-store.ts";
import { initQuestionNotes } from "./question-notes.ts";

const HIDE_KEY = "practice-hide-answers";

function daysAgo(time: number, now: number): string {
	const days = Math.floor((now - time) / 86_400_000);
	return days <= 0 ? "今天" : `${days} 天前`;
}

/**
 * Self-test on a question page: optionally hide the answer until revealed (Space), grade it
 * (1/2/3 or the buttons), step through the category with ←/→, star it and keep a note.
 */
export function initQuestionPractice(): void {
	const bar = document.querySelector<HTMLElement>("[data-practice-bar]");
	const answer = document.querySelector<HTMLElement>("[data-answer]");
	const id = bar?.dataset["question"];
	if (!bar || !answer || !id) return;
	const hide = bar.querySelector<HTMLInputElement>("[data-hide-answers]");
	const reveal = bar.querySelector<HTMLButtonElement>("[data-reveal]");
	const status = bar.querySelector<HTMLElement>("[data-grade-status]");
	const buttons = [...bar.querySelectorAll<HTMLButtonElement>("[data-grade]")];
	let { progress, notice } = loadProgress();
	showNotice(bar.querySelector("[data-practice-notice]"), notice);
	initQuestionNotes(bar, id, progress);

	const showGrade = () => {
		const entry = progress.questions[id];
		for (const button of buttons)
			button.setAttribute("aria-pressed", String(entry?.grade === button.dataset["grade"]));
		if (status)
			status.textContent = entry
				? `上次：${GRADE_LABELS[entry.grade]}（${daysAgo(entry.last, Date.now())}）`
				: "还没练过";
	};
	const setHidden = (hidden: boolean) => {
		answer.hidden = hidden;
		if (reveal) {
			reveal.hidden = !hidden;
			reveal.setAttribute("aria-expanded", String(!hidden));
		}
	};
	const grade = (value: Grade) => {
		progress = updateProgress(progress, (stored) => gradeQuestion(stored, id, value, Date.now())).progress;
		setHidden(false);
		showGrade();
	};

	let hideAnswers = false;
	try {
		hideAnswers = localStorage.getItem(HIDE_KEY) === "1";
	} catch {}
	if (hide) hide.checked = hideAnswers;
	setHidden(hideAnswers);
	showGrade();

	hide?.addEventListener("change", () => {
		try {
			localStorage.setItem(HIDE_KEY, hide.checked ? "1" : "0");
		} catch {}
		setHidden(hide.checked);
	});
	reveal?.addEventListener("click", () => {
		setHidden(false);
		answer.focus();
	});
	for (const button of buttons)
		button.addEventListener("click", () => grade(button.dataset["grade"] as Grade));
	document.addEventListener("keydown", (event) => {
		if (isShortcutBlocked(event)) return;
		// Space on a focused control (the note's summary, a button) does what that control does.
		const onControl = event.target instanceof Element && !!event.target.closest("summary, button, a");
		if (event.key === " " && answer.hidden && !onControl) {
			event.preventDefault();
			setHidden(false);
			answer.focus();
		} else if (event.key === "1" || event.key === "2" || event.key === "3") {
			grade((["know", "fuzzy", "unknown"] as const)[Number(event.key) - 1] ?? "know");
		} else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
			const link = document.querySelector<HTMLAnchorElement>(
				`.entry-nav a[rel="${event.key === "ArrowLeft" ? "prev" : "next"}"]`,
			);
			if (link) location.href = link.href;
		}
	});
}
