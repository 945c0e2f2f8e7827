import type { BankItem } from "../../practice/facets.ts";
import { fetchAnswer } from "./bank-data.ts";

/** Printing fetches every answer page; past this many the reader is asked to filter first. */
export const PRINT_LIMIT = 500;

/** Prints the given questions with their answers, fetched from their pages. */
export async function printWithAnswers(
	items: readonly BankItem[],
	area: HTMLElement,
	button: HTMLButtonElement,
): Promise<void> {
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
