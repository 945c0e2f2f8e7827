import type { BankItem } from "../../practice/facets.ts";
import type { InterviewItem } from "../../practice/interview-report.ts";
import { itemScore } from "../../practice/interview-scores.ts";
import type { KeyPoint } from "../../practice/key-points.ts";
import { required } from "./dom.ts";
import { createInterviewClock } from "./interview-clock.ts";
import { keyPointItems, keyPointStatus, loadAnswer } from "./key-point-list.ts";

/** The one self-assessment left when a question's answer cannot be loaded. */
const FALLBACK_POINT: KeyPoint = {
	kind: "answer",
	html: "我的回答讲到了这道题的核心（答案未能加载，请在新标签页打开题目页对照）",
};

export interface QuestionCard {
	/** Shows a question (position counted from 0), its clock running and its key points loading. */
	show(item: BankItem, position: number, total: number, upcoming?: BankItem): void;
	/** The graded result of the question on screen; undefined until its answer was revealed. */
	result(): InterviewItem | undefined;
	/** Stops the clocks: the interview is over. */
	stop(): void;
}

/**
 * The question screen: position, the two clocks, the question, a text box for the answer, and on
 * reveal the key-point checklist with the full answer beside it.
 */
export function createQuestionCard(card: HTMLElement): QuestionCard {
	const review = required<HTMLElement>(card, "[data-interview-review]");
	const reveal = required<HTMLButtonElement>(card, "[data-interview-reveal]");
	const next = required<HTMLButtonElement>(card, "[data-interview-next]");
	const pointsList = required<HTMLElement>(card, "[data-interview-points]");
	const pointsStatus = required<HTMLElement>(card, "[data-interview-points-status]");
	const answerBody = required<HTMLElement>(card, "[data-interview-answer]");
	const title = required<HTMLElement>(card, "[data-interview-title]");
	const clock = createInterviewClock(
		required(card, "[data-clock-question]"),
		required(card, "[data-clock-total]"),
	);

	let current: BankItem | undefined;
	let points: KeyPoint[] = [];
	let seconds = 0;
	let isLast = false;

	reveal.addEventListener("click", () => {
		seconds = clock.stopQuestion();
		review.hidden = false;
		reveal.hidden = true;
		reveal.setAttribute("aria-expanded", "true");
		next.hidden = false;
		next.textContent = isLast ? "完成面试，查看报告" : "下一题";
		review.focus();
	});

	return {
		show(item, position, total, upcoming) {
			current = item;
			isLast = position + 1 >= total;
			required(card, "[data-interview-position]").textContent = `第 ${position + 1} / ${total} 题`;
			title.textContent = item.title;
			required(card, "[data-interview-meta]").textContent = `${item.category} · ${item.difficulty}`;
			required<HTMLAnchorElement>(card, "[data-interview-open]").href = item.url;
			required<HTMLTextAreaElement>(card, "[data-interview-text]").value = "";
			review.hidden = true;
			reveal.hidden = false;
			reveal.setAttribute("aria-expanded", "false");
			next.hidden = true;
			points = [];
			pointsList.replaceChildren();
			pointsStatus.textContent = "正在加载要点…";
			answerBody.replaceChildren();
			clock.startQuestion();
			title.focus();
			if (upcoming) void loadAnswer(upcoming);
			void loadAnswer(item).then((answer) => {
				if (current !== item) return;
				points = answer.points.length > 0 ? answer.points : [FALLBACK_POINT];
				pointsStatus.textContent = keyPointStatus(answer.points);
				pointsList.replaceChildren(...keyPointItems(points, `point-${position}`));
				answerBody.innerHTML = answer.html || "<p>答案加载失败，请在新标签页打开题目页查看。</p>";
			});
		},
		result() {
			if (!current || review.hidden) return undefined;
			const checked = pointsList.querySelectorAll("input[data-key-point]:checked").length;
			return {
				id: current.id,
				title: current.title,
				category: current.category,
				difficulty: current.difficulty,
				tags: current.tags,
				seconds: Math.round(seconds),
				checked,
				total: points.length,
				score: itemScore(checked, points.length),
			};
		},
		stop() {
			clock.stop();
			current = undefined;
		},
	};
}
