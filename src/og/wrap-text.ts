/**
 * Line breaking for the share cards: Chinese breaks between words (or, in a long word, between
 * characters), a run of Latin letters and digits stays whole, and punctuation obeys the usual rules
 * (no line starts with ，。）》 and no line ends with （《“). Widths come from the `measure` passed in.
 */

/** Characters that must not start a line: they stay with the character before them. */
const NO_LINE_START = new Set([..."，。、；：？！）》」』】〕〉〗｝］”’…‥—～·・%‰,.;:?!)]}"]);
/** Characters that must not end a line: they stay with the character after them. */
const NO_LINE_END = new Set([..."（《「『【〔〈〖｛［“‘([{"]);
/** Punctuation dropped from the end of a cut-off line before the ellipsis (`显存，…` reads badly). */
const BEFORE_ELLIPSIS = /[\s，。、；：,.;:（《「『【〔〈〖｛［“‘([{—～·・-]+$/u;

/** Letters of scripts written with spaces between words, digits and the symbols that join them. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_\-+#&@'/.]/u;

export const ELLIPSIS = "…";

/** An unbreakable piece of text, and whether a space separates it from the piece before. */
export interface Atom {
	text: string;
	spaceBefore: boolean;
}

/** Chinese words up to this long stay on one line (辅导, 个性化); longer runs may break inside. */
const MAX_WORD = 4;
const HAN = /^\p{Script=Han}+$/u;
const words = new Intl.Segmenter("zh-CN", { granularity: "word" });

/**
 * Splits text into the pieces a line may break between: a Chinese word of up to four characters
 * (by the runtime's ICU dictionary) or a single character of a longer one, a Latin word or other run
 * of word characters; line-start and line-end punctuation is glued to its neighbour.
 */
export function atomsOf(text: string): Atom[] {
	const atoms: Atom[] = [];
	let spaceBefore = false;
	let glueNext = false;
	for (const { segment } of words.segment(text.normalize("NFC"))) {
		const wholeWord = HAN.test(segment) && [...segment].length <= MAX_WORD;
		[...segment].forEach((char, index) => {
			if (/\s/u.test(char)) {
				spaceBefore = atoms.length > 0;
				return;
			}
			const last = atoms.at(-1);
			const sameWord = wholeWord && index > 0;
			const joinsWord = last !== undefined && !spaceBefore && WORD_CHAR.test(char) && isWordEnd(last.text);
			if (last && (sameWord || glueNext || joinsWord || (NO_LINE_START.has(char) && !spaceBefore))) {
				last.text += char;
			} else {
				atoms.push({ text: char, spaceBefore });
			}
			glueNext = NO_LINE_END.has(char);
			spaceBefore = false;
		});
	}
	return atoms;
}

function isWordEnd(text: string): boolean {
	return WORD_CHAR.test(text.at(-1) ?? "");
}

export interface WrapOptions {
	/** Width of a piece of text, in the same unit as `maxWidth`. */
	measure: (text: string) => number;
	maxWidth: number;
	maxLines: number;
	/** Narrow the lines as far as possible without adding one, so they come out of similar length. */
	balance?: boolean;
}

export interface Wrapped {
	lines: string[];
	/** True when text was cut off to fit `maxLines` and the last line ends with an ellipsis. */
	truncated: boolean;
}

/** Breaks text into at most `maxLines` lines no wider than `maxWidth`, ending in `…` when cut off. */
export function wrapText(text: string, options: WrapOptions): Wrapped {
	const atoms = atomsOf(text);
	const widthOf = memoize(options.measure);
	const all = breakLines(atoms, options.maxWidth, widthOf);
	if (all.length > options.maxLines) {
		const kept = all.slice(0, options.maxLines);
		const last = kept.pop() ?? [];
		const rest = all.slice(options.maxLines).flat();
		return {
			lines: [...kept.map(joinAtoms), withEllipsis([...last, ...rest], options.maxWidth, widthOf)],
			truncated: true,
		};
	}
	if (options.balance && all.length > 1) {
		return { lines: balanced(atoms, all.length, options.maxWidth, widthOf).map(joinAtoms), truncated: false };
	}
	return { lines: all.map(joinAtoms), truncated: false };
}

/** Greedy line filling; a piece wider than a whole line is split between characters. */
function breakLines(atoms: Atom[], maxWidth: number, widthOf: (text: string) => number): Atom[][] {
	const lines: Atom[][] = [];
	let line: Atom[] = [];
	let width = 0;
	const space = widthOf(" ");
	for (const atom of atoms.flatMap((atom) => splitWide(atom, maxWidth, widthOf))) {
		const added = (line.length > 0 && atom.spaceBefore ? space : 0) + widthOf(atom.text);
		// A space before the first piece of a line is not drawn (see joinAtoms) and takes no room.
		if (line.length > 0 && width + added > maxWidth) {
			lines.push(line);
			line = [atom];
			width = widthOf(atom.text);
		} else {
			line.push(atom);
			width += line.length === 1 ? widthOf(atom.text) : added;
		}
	}
	if (line.length > 0) lines.push(line);
	return lines;
}

function splitWide(atom: Atom, maxWidth: number, widthOf: (text: string) => number): Atom[] {
	if (widthOf(atom.text) <= maxWidth) return [atom];
	const pieces: Atom[] = [];
	let piece = "";
	for (const char of atom.text) {
		if (piece !== "" && widthOf(piece + char) > maxWidth) {
			pieces.push({ text: piece, spaceBefore: pieces.length === 0 && atom.spaceBefore });
			piece = "";
		}
		piece += char;
	}
	pieces.push({ text: piece, spaceBefore: pieces.length === 0 && atom.spaceBefore });
	return pieces;
}

/** The narrowest greedy wrapping that still takes `count` lines (like CSS `text-wrap: balance`). */
function balanced(atoms: Atom[], count: number, maxWidth: number, widthOf: (text: string) => number) {
	// Never narrower than the widest piece, so balancing does not split a word that fits whole.
	let low = Math.min(maxWidth, Math.max(...atoms.map((atom) => widthOf(atom.text)))) - 1e-6;
	let high = maxWidth;
	let best = breakLines(atoms, maxWidth, widthOf);
	while (high - low > 1) {
		const middle = (low + high) / 2;
		const lines = breakLines(atoms, middle, widthOf);
		if (lines.length <= count) {
			best = lines;
			high = middle;
		} else {
			low = middle;
		}
	}
	return best;
}

/** As much of the atoms as fits on one line together with a trailing ellipsis. */
function withEllipsis(atoms: Atom[], maxWidth: number, widthOf: (text: string) => number): string {
	const room = maxWidth - widthOf(ELLIPSIS);
	let text = "";
	for (const atom of atoms) {
		const next = text === "" ? atom.text : `${text}${atom.spaceBefore ? " " : ""}${atom.text}`;
		if (widthOf(next) > room) {
			// A long word that does not fit whole is cut between characters rather than dropped.
			if (text === "" || !isWordEnd(atom.text)) break;
			for (const char of `${atom.spaceBefore ? " " : ""}${atom.text}`) {
				if (widthOf(text + char) > room) break;
				text += char;
			}
			break;
		}
		text = next;
	}
	return `${text.replace(BEFORE_ELLIPSIS, "")}${ELLIPSIS}`;
}

function joinAtoms(atoms: Atom[]): string {
	return atoms.map((atom, index) => (index > 0 && atom.spaceBefore ? ` ${atom.text}` : atom.text)).join("");
}

function memoize(measure: (text: string) => number): (text: string) => number {
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) {
			width = measure(text);
			widths.set(text, width);
		}
		return width;
	};
}
