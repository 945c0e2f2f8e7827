import type { BankItem } from "../../practice/facets.ts";
import { extractKeyPoints, type KeyPoint } from "../../practice/key-points.ts";
import { fetchAnswer } from "../practice/bank-data.ts";
import { h } from "./dom.ts";

export interface LoadedAnswer {
	/** The answer's rendered HTML ("" when it could not be loaded). */
	html: string;
	points: KeyPoint[];
}

const cache = new Map<string, Promise<LoadedAnswer>>();

/** A question's answer and key points, fetched once from its page (call early to prefetch). */
export function loadAnswer(item: BankItem): Promise<LoadedAnswer> {
	let pending = cache.get(item.id);
	if (!pending) {
		pending = fetchAnswer(item.url).then(
			(html) => {
				const template = document.createElement("template");
				template.innerHTML = html;
				return { html, points: extractKeyPoints(template.content) };
			},
			() => {
				cache.delete(item.id);
				return { html: "", points: [] };
			},
		);
		cache.set(item.id, pending);
	}
	return pending;
}

const KIND_LABELS: Record<KeyPoint["kind"], string> = { answer: "核心答案", pitfall: "易错点" };

/** The checklist items: one checkbox per key point, its label the point itself. */
export function keyPointItems(points: readonly KeyPoint[], idPrefix: string): HTMLLIElement[] {
	return points.map((point, index) => {
		const text = h("span", { class: "point" });
		// The site's own rendered answer (sanitised at build time), as the practice page shows it.
		text.innerHTML = point.html;
		text.prepend(h("span", { class: `kind kind-${point.kind}`, text: KIND_LABELS[point.kind] }));
		const id = `${idPrefix}-${index}`;
		return h(
			"li",
			{},
			h("label", { for: id }, h("input", { type: "checkbox", id, "data-key-point": "" }), text),
		);
	});
}

/** What the reader is told about the checklist of a question. */
export function keyPointStatus(points: readonly KeyPoint[]): string {
	if (points.length === 0) return "没能读取这道题的要点：请展开完整答案自行对照，本题记 0 分。";
	const pitfalls = points.filter((point) => point.kind === "pitfall").length;
	return pitfalls > 0
		? `共 ${points.length} 个要点：核心答案和 ${pitfalls} 个易错点。`
		: "这道题没有单列易错点：对照核心答案自评。";
}
