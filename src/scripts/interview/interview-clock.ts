import { formatDuration } from "../../practice/interview-scores.ts";
import {
	elapsedSeconds,
	pauseStopwatch,
	resumeStopwatch,
	type Stopwatch,
	startStopwatch,
} from "../../practice/stopwatch.ts";

export interface InterviewClock {
	/** Starts the clock of a new question (and the overall clock, on the first). */
	startQuestion(): void;
	/** Stops the question clock; returns its seconds. */
	stopQuestion(): number;
	/** Stops everything (the interview ended). */
	stop(): void;
}

/**
 * The per-question and overall clocks, shown in two `role="timer"` elements (not live regions:
 * screen readers read them on request instead of every second). Both pause while the tab is hidden.
 */
export function createInterviewClock(
	questionDisplay: HTMLElement,
	totalDisplay: HTMLElement,
): InterviewClock {
	let total: Stopwatch | undefined;
	let question: Stopwatch | undefined;
	let questionRunning = false;
	let ticker: number | undefined;

	const show = () => {
		const now = Date.now();
		questionDisplay.textContent = formatDuration(question ? elapsedSeconds(question, now) : 0);
		totalDisplay.textContent = formatDuration(total ? elapsedSeconds(total, now) : 0);
	};
	const tick = (on: boolean) => {
		window.clearInterval(ticker);
		ticker = on ? window.setInterval(show, 1000) : undefined;
	};
	const onVisibility = () => {
		const now = Date.now();
		if (!total) return;
		if (document.hidden) {
			total = pauseStopwatch(total, now);
			if (question) question = pauseStopwatch(question, now);
			tick(false);
		} else {
			total = resumeStopwatch(total, now);
			if (question && questionRunning) question = resumeStopwatch(question, now);
			tick(true);
		}
		show();
	};

	return {
		startQuestion() {
			const now = Date.now();
			if (!total) {
				total = startStopwatch(now);
				document.addEventListener("visibilitychange", onVisibility);
			}
			question = startStopwatch(now);
			// Ticks counted from this question's start, so its clock turns over on whole seconds.
			tick(!document.hidden);
			questionRunning = true;
			if (document.hidden) {
				total = pauseStopwatch(total, now);
				question = pauseStopwatch(question, now);
			}
			show();
		},
		stopQuestion() {
			const now = Date.now();
			questionRunning = false;
			if (!question) return 0;
			question = pauseStopwatch(question, now);
			show();
			return elapsedSeconds(question, now);
		},
		stop() {
			if (total) total = pauseStopwatch(total, Date.now());
			question = undefined;
			total = undefined;
			questionRunning = false;
			tick(false);
			document.removeEventListener("visibilitychange", onVisibility);
		},
	};
}
