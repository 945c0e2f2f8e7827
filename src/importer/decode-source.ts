import { ImportError } from "./problems.ts";

/**
 * Turns a document's bytes into text with `\n` line ends, refusing what is not a text document:
 * an empty file, a binary file (NUL bytes), or bytes that are not valid UTF-8.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
	if (bytes.length === 0) throw new ImportError(file, 1, "文件是空的：请确认选对了文件");
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		const line = countLines(bytes.subarray(0, nul));
		throw new ImportError(file, line, "这是二进制文件（含 NUL 字节），不是文本文档：请只导入 .txt / .md 文本");
	}
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		const line = countLines(bytes.subarray(0, firstInvalidUtf8(bytes)));
		throw new ImportError(file, line, "文件不是有效的 UTF-8 编码（可能是 GBK）：请先转换为 UTF-8，例如 iconv -f GBK -t UTF-8");
	}
	text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	if (text.trim() === "") throw new ImportError(file, 1, "文件只有空白：没有可导入的内容");
	return text;
}

function countLines(bytes: Uint8Array): number {
	let lines = 1;
	for (const byte of bytes) if (byte === 0x0a) lines += 1;
	return lines;
}

/** Offset of the first byte that breaks UTF-8 (the decoder does not say where). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder("utf-8", { fatal: true });
	let low = 0;
	let high = bytes.length;
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		try {
			decoder.decode(bytes.subarray(0, middle), { stream: true });
			low = middle;
		} catch {
			high = middle;
		}
		decoder.decode();
	}
	return low;
}
