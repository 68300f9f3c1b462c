/**
 * newsum-client: a small typed client over fetch. The types come from openapi/openapi.json
 * (src/schema.d.ts, written by openapi-typescript: `npm run generate`).
 *
 * - Offsets are UTF-16 code units by default, so `text.slice(span.start, span.end) === span.text`
 *   in JavaScript, emoji and flags included (`offsets: "codepoint"` asks for the server's default).
 * - A string is sent as `text/plain` (as text, not JSON-encoded); an object as JSON.
 * - `stream()` is an async iterator of answers, one per article, in order.
 * - A summary already fetched is asked for with `If-None-Match` (304: the held one is returned);
 *   a 503 is retried after its `Retry-After`; problems are thrown as `ProblemError`.
 */
import type { components } from "./schema.js";

type Schemas = components["schemas"];
export type Summary = Schemas["Summary"];
export type Problem = Schemas["Problem"];
export type SummaryRequest = Schemas["SummaryRequest"];
export type OffsetUnit = Schemas["OffsetUnit"];
export type Actor = Schemas["Actor"];
export type Span = Schemas["Span"];
export type ServiceInfo = Schemas["ServiceInfo"];
export type Health = Schemas["Health"];
export type SummaryRecord = Schemas["SummaryRecord"];
export type NinjsDocument = Schemas["NinjsDocument"];
export type DisplacyDocument = Schemas["DisplacyDocument"];
/** One batch result or stream line: a Summary, or the Problem of that article alone. */
export type Answer = Summary | Problem;
export type Article = string | SummaryRequest;

export const MAX_BATCH = 64;
const HELD = 256; // summaries kept for If-None-Match

export function isProblem(answer: Answer): answer is Problem {
  return "status" in answer && !("id" in answer);
}

/** The text a span points at, for offsets in UTF-16 units (the default of this client). */
export function quote(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** An answer that is an RFC 9457 problem: `status`, `type`, `title`, `detail`, `field`. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, retryAfter?: number) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "ProblemError";
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }

  get type(): string {
    return this.problem.type;
  }

  get field(): string | null | undefined {
    return this.problem.field;
  }
}

export interface ClientOptions {
  /** The unit of every offset: "utf16" (JavaScript strings, the default), "codepoint" or "utf8". */
  offsets?: OffsetUnit;
  /** How many times a 503 is retried (after its Retry-After). */
  retries?: number;
  /** The longest wait before a retry, in milliseconds. */
  maxRetryWaitMs?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface CallOptions {
  offsets?: OffsetUnit;
  signal?: AbortSignal;
}

const NDJSON = "application/x-ndjson";

export class NewsumClient {
  readonly baseUrl: string;
  readonly offsets: OffsetUnit;
  private readonly retries: number;
  private readonly maxRetryWaitMs: number;
  private readonly headers: Record<string, string>;
  private readonly fetch: typeof fetch;
  private readonly held = new Map<string, { etag: string; summary: Summary }>();

  constructor(baseUrl = "http://127.0.0.1:8000", options: ClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.offsets = options.offsets ?? "utf16";
    this.retries = options.retries ?? 3;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 60_000;
    this.headers = options.headers ?? {};
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** The summary of one article: a string is the whole text (sent as text/plain). */
  async summarize(article: Article, options: CallOptions = {}): Promise<Summary> {
    const [contentType, body] =
      typeof article === "string"
        ? ["text/plain; charset=utf-8", article]
        : ["application/json", JSON.stringify(article)];
    const url = this.url("/v1/summaries", options.offsets);
    const key = `${url}\n${contentType}\n${body}`;
    const held = this.held.get(key);
    const headers: Record<string, string> = { "Content-Type": contentType };
    if (held) headers["If-None-Match"] = held.etag;
    const response = await this.send(url, body, headers, options.signal);
    if (response.status === 304 && held) {
      this.held.delete(key); // most recently used last
      this.held.set(key, held);
      return held.summary;
    }
    const summary = (await this.json(response)) as Summary;
    const etag = response.headers.get("etag");
    if (etag) {
      this.held.set(key, { etag, summary });
      if (this.held.size > HELD) this.held.delete(this.held.keys().next().value as string);
    }
    return summary;
  }

  /** One answer per article, in order (any number: sent 64 at a time); a bad article gets its Problem. */
  async summarizeBatch(articles: Iterable<Article>, options: CallOptions = {}): Promise<Answer[]> {
    const requests = [...articles].map(toRequest);
    const answers: Answer[] = [];
    for (let start = 0; start < requests.length; start += MAX_BATCH) {
      const body = JSON.stringify({ articles: requests.slice(start, start + MAX_BATCH) });
      const response = await this.send(
        this.url("/v1/summaries/batch", options.offsets),
        body,
        { "Content-Type": "application/json" },
        options.signal,
      );
      const batch = (await this.json(response)) as Schemas["BatchResponse"];
      answers.push(...batch.results);
    }
    return answers;
  }

  /** Send articles as NDJSON and yield each answer as it arrives, in input order. */
  async *stream(
    articles: Iterable<Article> | AsyncIterable<Article>,
    options: CallOptions = {},
  ): AsyncGenerator<Answer, void, undefined> {
    const encoder = new TextEncoder();
    const source = toAsync(articles);
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(JSON.stringify(toRequest(next.value)) + "\n"));
      },
    });
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      body,
      duplex: "half", // a request body streamed while the answers stream back
      headers: { ...this.headers, "Content-Type": NDJSON },
    };
    if (options.signal) init.signal = options.signal;
    const response = await this.fetch(this.url("/v1/summaries/stream", options.offsets), init);
    if (!response.ok || !response.body) {
      await this.json(response);
      return;
    }
    let pending = "";
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line.trim()) yield JSON.parse(line) as Answer;
      }
    }
    pending += decoder.decode();
    if (pending.trim()) yield JSON.parse(pending) as Answer;
  }

  /** A summary the server still holds, with the article it was made from (a 404 ProblemError once gone). */
  async fetchSummary(id: string, options: CallOptions = {}): Promise<SummaryRecord> {
    const url = this.url(`/v1/summaries/${encodeURIComponent(id)}`, options.offsets);
    return (await this.json(await this.fetch(url, { headers: this.headers }))) as SummaryRecord;
  }

  /** A held summary as an IPTC ninjs 2.2 news item or as displaCy's manual-render input. */
  async export(id: string, format: "ninjs"): Promise<NinjsDocument>;
  async export(id: string, format: "displacy"): Promise<DisplacyDocument>;
  async export(id: string, format: "ninjs" | "displacy"): Promise<NinjsDocument | DisplacyDocument> {
    const url = `${this.baseUrl}/v1/summaries/${encodeURIComponent(id)}?format=${format}`;
    return (await this.json(await this.fetch(url, { headers: this.headers }))) as NinjsDocument | DisplacyDocument;
  }

  async version(): Promise<ServiceInfo> {
    return (await this.json(await this.get("/v1/version"))) as ServiceInfo;
  }

  /** `status` "ok" or "degraded" when ready; throws a ProblemError (503) while the model loads. */
  async readiness(): Promise<Health> {
    const response = await this.get("/readyz");
    if (response.status === 503) {
      throw new ProblemError({ type: "urn:newsum:problem:not-ready", title: "Service not ready", status: 503 });
    }
    return (await this.json(response)) as Health;
  }

  private url(path: string, offsets: OffsetUnit | undefined): string {
    return `${this.baseUrl}${path}?offsets=${encodeURIComponent(offsets ?? this.offsets)}`;
  }

  private get(path: string): Promise<Response> {
    return this.fetch(`${this.baseUrl}${path}`, { headers: this.headers });
  }

  private async send(
    url: string,
    body: string,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const init: RequestInit = { method: "POST", body, headers: { ...this.headers, ...headers } };
      if (signal) init.signal = signal;
      const response = await this.fetch(url, init);
      if (response.status !== 503 || attempt >= this.retries) return response;
      await response.arrayBuffer(); // let the connection be reused
      const wait = Math.min((retryAfter(response) ?? 1) * 1000, this.maxRetryWaitMs);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async json(response: Response): Promise<unknown> {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    if (response.status >= 400) {
      const problem =
        typeof body === "object" && body !== null && "status" in body && "title" in body
          ? (body as Problem)
          : { type: "about:blank", title: `HTTP ${response.status}`, status: response.status, detail: text.slice(0, 200) };
      throw new ProblemError(problem, retryAfter(response));
    }
    return body;
  }
}

function toRequest(article: Article): SummaryRequest {
  return typeof article === "string" ? { text: article } : article;
}

function retryAfter(response: Response): number | undefined {
  const value = Number(response.headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(value) ? value : undefined;
}

async function* toAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  yield* items;
}
