// newsum-client against a live newsum server at NEWSUM_URL (skipped without one).
// The repository's `make test` starts a server and runs `npm test` (tests/sdk/test_sdks.py).
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";

import { type Answer, isProblem, NewsumClient, ProblemError, quote, type Summary } from "../src/index.js";

const URL = process.env["NEWSUM_URL"] ?? "";
const skip = URL ? false : "set NEWSUM_URL to a running newsum server (make serve)";

const TEXT =
  "date 2024-03-18 SEOUL 🇰🇷 – North Korea 🚀 has sent Russia about 7,000 containers since last year, " +
  "South Korea’s defense minister Shin Won-sik said Monday.";
const OTHER = "The mayor of Paris, Anne Hidalgo, said on Tuesday that 12 bridges would close for repairs.";

function spans(summary: Summary) {
  return [...summary.who.flatMap((actor) => actor.mentions), ...summary.quantities.map((q) => q.span)];
}

function summaryOf(answer: Answer | undefined): Summary {
  assert.ok(answer && !isProblem(answer), `expected a summary, got ${JSON.stringify(answer)}`);
  return answer;
}

test("utf16 offsets by default: String.slice quotes every span, emoji and flags included", { skip }, async () => {
  const summary = await new NewsumClient(URL).summarize(TEXT);
  assert.equal(summary.offsets, "utf16");
  assert.ok(spans(summary).length > 3);
  for (const span of spans(summary)) assert.equal(quote(TEXT, span), span.text);
  assert.ok(summary.who.some((actor) => actor.name === "Shin Won-sik"));
  assert.equal(summary.published, "2024-03-18");
});

test("codepoint offsets are another unit (the flag and the rocket count once each)", { skip }, async () => {
  const client = new NewsumClient(URL);
  const utf16 = await client.summarize(TEXT);
  const codepoint = await client.summarize(TEXT, { offsets: "codepoint" });
  assert.equal(codepoint.offsets, "codepoint");
  const shin = (s: Summary) => s.who.find((a) => a.name === "Shin Won-sik")?.mentions[0]?.start ?? -1;
  assert.equal(shin(utf16), shin(codepoint) + 3);
  assert.equal(utf16.id, codepoint.id);
});

test("a string is sent as text/plain, as text: the same summary as the JSON request", { skip }, async () => {
  const client = new NewsumClient(URL);
  const asText = await client.summarize(OTHER);
  const asJson = await client.summarize({ text: OTHER });
  assert.equal(asText.id, asJson.id); // a JSON-encoded body would be another text with quotes
  assert.equal(quote(OTHER, asText.who[0]!.mentions[0]!), asText.who[0]!.mentions[0]!.text);
});

test("a repeated request is answered 304 and the held summary returned", { skip }, async () => {
  const statuses: number[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    statuses.push(response.status);
    return response;
  };
  const client = new NewsumClient(URL, { fetch: recording });
  const first = await client.summarize({ text: OTHER, published: "2024-05-07" });
  const again = await client.summarize({ text: OTHER, published: "2024-05-07" });
  assert.deepEqual(statuses, [200, 304]);
  assert.deepEqual(again, first);
});

test("problems are thrown as ProblemError with status and field", { skip }, async () => {
  const client = new NewsumClient(URL);
  await assert.rejects(client.summarize("   "), (error: unknown) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 422);
    assert.equal(error.field, "text");
    return true;
  });
  await assert.rejects(client.summarize({ text: TEXT, published: "yesterday" }), { name: "ProblemError" });
});

test("batch answers in order and gives a bad article its problem", { skip }, async () => {
  const answers = await new NewsumClient(URL).summarizeBatch([TEXT, { text: " " }, OTHER]);
  assert.deepEqual(answers.map(isProblem), [false, true, false]);
  const problem = answers[1];
  assert.ok(problem && isProblem(problem));
  assert.equal(problem.index, 1);
  for (const span of spans(summaryOf(answers[0]))) assert.equal(quote(TEXT, span), span.text);
});

test("a stream of three articles round-trips through the async iterator", { skip }, async () => {
  const client = new NewsumClient(URL);
  async function* articles() {
    yield TEXT;
    yield { text: "" };
    yield { text: OTHER, title: "Bridges" };
  }
  const answers: Answer[] = [];
  for await (const answer of client.stream(articles())) answers.push(answer);
  assert.deepEqual(answers.map(isProblem), [false, true, false]);
  const first = summaryOf(answers[0]);
  assert.equal(first.id, (await client.summarize({ text: TEXT })).id);
  for (const span of spans(first)) assert.equal(quote(TEXT, span), span.text);
  const fromArray: Answer[] = [];
  for await (const answer of client.stream([OTHER, TEXT, OTHER], { offsets: "utf8" })) fromArray.push(answer);
  assert.deepEqual(
    fromArray.map((a) => summaryOf(a).offsets),
    ["utf8", "utf8", "utf8"],
  );
});

test("a 503 is retried after its Retry-After", { skip }, async () => {
  let refusals = 2;
  const busy = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      if (refusals > 0) {
        refusals--;
        response.writeHead(503, { "Content-Type": "application/problem+json", "Retry-After": "1" });
        response.end(JSON.stringify({ type: "urn:newsum:problem:timeout", title: "Summary took too long", status: 503 }));
        return;
      }
      const real = await fetch(URL + (request.url ?? "/"), {
        method: "POST",
        body: Buffer.concat(chunks),
        headers: { "Content-Type": request.headers["content-type"] ?? "text/plain" },
      });
      response.writeHead(real.status, { "Content-Type": real.headers.get("content-type") ?? "application/json" });
      response.end(Buffer.from(await real.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  const { port } = busy.address() as AddressInfo;
  try {
    const summary = await new NewsumClient(`http://127.0.0.1:${port}`, { retries: 3 }).summarize(OTHER);
    assert.ok(summary.who.length > 0);
    refusals = 5;
    await assert.rejects(new NewsumClient(`http://127.0.0.1:${port}`, { retries: 1 }).summarize(OTHER), {
      name: "ProblemError",
      retryAfter: 1,
    });
  } finally {
    busy.closeAllConnections();
    busy.close();
  }
});

test("a held summary is fetched by id and exported", { skip }, async () => {
  const client = new NewsumClient(URL);
  const summary = await client.summarize({ text: OTHER, title: "Bridges" });
  const record = await client.fetchSummary(summary.id);
  assert.deepEqual(record.summary, summary);
  assert.equal(record.article.text, OTHER);
  const ninjs = await client.export(summary.id, "ninjs");
  assert.ok(ninjs.uri);
  const displacy = await client.export(summary.id, "displacy");
  assert.equal(displacy.text, OTHER);
  await assert.rejects(client.fetchSummary(`sha256:${"0".repeat(64)}`), { name: "ProblemError", status: 404 });
});

test("version and readiness", { skip }, async () => {
  const client = new NewsumClient(URL);
  const version = await client.version();
  assert.ok(version.schema >= 2);
  assert.ok(["ok", "degraded"].includes((await client.readiness()).status));
});
