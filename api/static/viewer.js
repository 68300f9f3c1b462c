// newsum viewer: paste an article, see every item of its summary in the text and in a side panel.
// Plain browser JavaScript, no build step and no third-party code. Offsets from the API are code
// points (Python string indices); JavaScript strings count UTF-16 units, so the text is split
// into code points once and every offset indexes that array.
"use strict";

const PARTS = [
  { part: "who", label: "Who" },
  { part: "event", label: "Events" },
  { part: "source", label: "Sources" },
  { part: "denial", label: "Denials" },
  { part: "quantity", label: "Numbers" },
  { part: "date", label: "Dates" },
];
// When items cover the same stretch, the lower rank is the outer element.
const RANK = { event: 0, claim: 1, source: 2, who: 3, denial: 4, quantity: 5, date: 6 };
const SOURCE_TYPES = ["person", "organization", "agency", "unnamed", "document"];
const KEY_STORAGE = "newsum-api-key";

const state = {
  key: sessionStorage.getItem(KEY_STORAGE) || "",
  record: null, // {article: {text, title, published}, summary}
  hidden: new Set(),
  jumps: new Map(), // item id -> how many times it was jumped to (cycles through its mentions)
  retry: null, // what to do again once a key is given
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name === "style") Object.assign(node.style, value); // CSSOM: allowed under a strict CSP
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setStatus(message, kind = "info") {
  const status = $("status");
  status.textContent = message;
  status.className = `status status-${kind}`;
}

// -- talking to the API ----------------------------------------------------------------------------

class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (state.key) headers.Authorization = `Bearer ${state.key}`;
  const response = await fetch(path, { ...options, headers });
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch (_) {
      problem = { title: response.statusText };
    }
    if (response.status === 401) showKeyPanel(problem.detail);
    throw new ApiProblem(response.status, problem);
  }
  return { body: await response.json(), headers: response.headers };
}

function showKeyPanel(detail) {
  $("key-panel").hidden = false;
  $("key-button").hidden = false;
  if (detail) setStatus(detail, "error");
  $("key-input").focus();
}

// -- the summary as highlightable items ------------------------------------------------------------

function eventLabel(event) {
  const parts = [event.actor || "(someone)", event.negated ? `not ${event.action}` : event.action];
  if (event.object) parts.push(event.object);
  if (event.recipient) parts.push(`→ ${event.recipient}`);
  return parts.join(" ");
}

function collectItems(summary) {
  const items = [];
  const add = (part, id, span, label, kind) => {
    if (span && span.end > span.start) items.push({ part, id, start: span.start, end: span.end, label, kind });
  };
  summary.what.forEach((event, i) => add("event", `event-${i}`, event.span, `event: ${eventLabel(event)}`));
  summary.who.forEach((actor, i) =>
    actor.mentions.forEach((mention) => add("who", `who-${i}`, mention, `${actor.name} (${actor.type})`, actor.type)),
  );
  summary.sources.forEach((source, i) =>
    add("source", `source-${i}`, source.source_span || source.cue_span, `source: ${source.source || "unnamed"} (${source.source_type})`, source.source_type),
  );
  summary.denials.forEach((denial, i) => {
    add("denial", `denial-${i}`, denial.cue_span, `denial: ${denial.deniers.join(", ") || "someone"} ${denial.cue}`);
    const contested = denial.contests === null || denial.contests === undefined ? null : summary.sources[denial.contests];
    if (contested && contested.content_span) add("claim", `claim-${i}`, contested.content_span, "the claim denied");
  });
  summary.quantities.forEach((q, i) => add("quantity", `quantity-${i}`, q.span, `number: ${q.qualifier}${q.unit ? " " + q.unit : ""}`));
  summary.dates.forEach((d, i) => add("date", `date-${i}`, d.span, `date: ${d.value}`));
  items.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.part] - RANK[b.part]);
  return items;
}

// Nested highlight elements over the text. Items that nest become nested elements; an item that
// crosses another is split into fragments (data-fragment), each still naming the whole item's
// offsets. data-start/data-end are code-point offsets, as the API sends them.
function renderArticle(text, items) {
  const chars = Array.from(text);
  const points = new Set([0, chars.length]);
  for (const item of items) {
    item.start = Math.max(0, Math.min(item.start, chars.length));
    item.end = Math.max(item.start, Math.min(item.end, chars.length));
    points.add(item.start);
    points.add(item.end);
  }
  const bounds = [...points].sort((a, b) => a - b);
  const root = document.createDocumentFragment();
  const stack = []; // {item, node, from}
  const close = (depth, at) => {
    while (stack.length > depth) {
      const open = stack.pop();
      if (open.from !== open.item.start || at !== open.item.end) open.node.dataset.fragment = "true";
    }
  };
  for (let k = 0; k < bounds.length - 1; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    const covering = [];
    for (let i = 0; i < items.length && items[i].start <= from; i++) {
      if (items[i].end >= to) covering.push(items[i]);
    }
    let same = 0;
    while (same < stack.length && same < covering.length && stack[same].item === covering[same]) same++;
    close(same, from);
    for (let depth = same; depth < covering.length; depth++) {
      const item = covering[depth];
      const node = el("span", {
        class: `hl hl-${item.part}${item.kind ? " hl-" + item.part + "-" + item.kind : ""}`,
        title: item.label,
        dataset: { part: item.part, start: item.start, end: item.end, item: item.id },
      });
      (depth === 0 ? root : stack[depth - 1].node).append(node);
      stack.push({ item, node, from });
    }
    const target = stack.length ? stack[stack.length - 1].node : root;
    target.append(document.createTextNode(chars.slice(from, to).join("")));
  }
  close(0, chars.length);
  const article = $("article");
  article.replaceChildren(root);
  article.hidden = false;
}

// -- the side panel --------------------------------------------------------------------------------

function jumpButton(id, ...children) {
  return el("button", { type: "button", class: "item", dataset: { target: id }, onclick: () => jump(id) }, ...children);
}

function jump(id) {
  const nodes = [...document.querySelectorAll(`#article [data-item="${id}"]:not([data-fragment])`)];
  const candidates = nodes.length ? nodes : [...document.querySelectorAll(`#article [data-item="${id}"]`)];
  if (!candidates.length) return;
  const count = state.jumps.get(id) || 0;
  state.jumps.set(id, count + 1);
  const node = candidates[count % candidates.length];
  node.scrollIntoView({ block: "center", behavior: "smooth" });
  for (const old of document.querySelectorAll(".flash")) old.classList.remove("flash");
  node.classList.add("flash");
  setTimeout(() => node.classList.remove("flash"), 1600);
}

function section(title, count, ...content) {
  return el("section", { class: "card" }, el("h3", {}, title, count === null ? null : el("span", { class: "count" }, count)), ...content);
}

function chip(text, kind) {
  return el("span", { class: `chip chip-${kind}` }, text);
}

function quote(text, limit = 140) {
  if (!text) return "";
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function spanText(span) {
  if (!span || !state.record) return "";
  return Array.from(state.record.article.text).slice(span.start, span.end).join("");
}

function renderPanel(summary) {
  const panel = $("panel");
  const cards = [];
  cards.push(
    el(
      "section",
      { class: "card headline-card" },
      el("div", { class: "eyebrow" }, "Headline"),
      el("p", { class: "headline", id: "headline" }, summary.headline || "No headline: no main event was found."),
      el(
        "p",
        { class: "meta" },
        summary.published ? `Dated ${summary.published} (from the ${summary.published_from})` : "No date found",
        " · ",
        el("code", { title: summary.id }, summary.id.slice(0, 19) + "…"),
      ),
    ),
  );

  const actors = summary.who.map((actor, i) =>
    el(
      "li",
      {},
      jumpButton(
        `who-${i}`,
        el("span", { class: "name" }, actor.name),
        chip(actor.type, actor.type),
        actor.titles.length ? el("span", { class: "titles" }, actor.titles.join(", ")) : null,
        actor.affiliation ? el("span", { class: "affiliation" }, actor.affiliation) : null,
        el("span", { class: "mentions", title: "mentions" }, `×${actor.mentions.length}`),
      ),
    ),
  );
  cards.push(section("Who", summary.who.length, el("ul", { class: "list actors" }, actors)));

  const total = SOURCE_TYPES.reduce((sum, kind) => sum + (summary.sourcing[kind] || 0), 0);
  const bar = el(
    "div",
    { class: "sourcing-bar", role: "img", "aria-label": "Sourcing profile" },
    SOURCE_TYPES.filter((kind) => summary.sourcing[kind]).map((kind) =>
      el("span", { class: `seg seg-${kind}`, style: { flexGrow: String(summary.sourcing[kind]) }, title: `${kind}: ${summary.sourcing[kind]}` }),
    ),
  );
  const legend = el(
    "ul",
    { class: "sourcing-legend" },
    SOURCE_TYPES.map((kind) => el("li", {}, el("span", { class: `dot seg-${kind}` }), `${kind} `, el("b", {}, summary.sourcing[kind] || 0))),
  );
  const direct = summary.sources.filter((s) => s.direct).length;
  cards.push(
    section(
      "Sourcing",
      total,
      total ? bar : el("p", { class: "muted" }, "No attributed statements."),
      legend,
      total ? el("p", { class: "meta" }, `${direct} direct quote${direct === 1 ? "" : "s"}`) : null,
    ),
  );

  if (summary.sources.length) {
    const rows = summary.sources.map((source, i) =>
      el(
        "li",
        {},
        jumpButton(
          `source-${i}`,
          el("span", { class: "name" }, source.source || "unnamed source"),
          chip(source.source_type, source.source_type),
          el("span", { class: "cue" }, source.cue),
          source.direct ? chip("quote", "quote") : null,
          source.content_span ? el("span", { class: "content" }, `“${quote(spanText(source.content_span))}”`) : null,
        ),
      ),
    );
    cards.push(section("Sources", summary.sources.length, el("ul", { class: "list sources" }, rows)));
  }

  const denials = summary.denials.map((denial, i) => {
    const contested = denial.contests === null || denial.contests === undefined ? null : summary.sources[denial.contests];
    return el(
      "li",
      { class: "denial" },
      jumpButton(
        `denial-${i}`,
        el("span", { class: "name" }, denial.deniers.join(", ") || "someone"),
        el("span", { class: "cue" }, denial.cue),
        denial.denied ? el("span", { class: "content" }, quote(denial.denied)) : null,
      ),
      contested
        ? el(
            "button",
            { type: "button", class: "contests", dataset: { target: `claim-${i}` }, onclick: () => jump(contested.content_span ? `claim-${i}` : `source-${denial.contests}`) },
            "contests: ",
            el("b", {}, contested.source || "an unnamed source"),
            ` ${contested.cue} `,
            contested.content_span ? `“${quote(spanText(contested.content_span), 100)}”` : "",
          )
        : el("span", { class: "muted contests-none" }, "the claim it contests is not stated as a sourced claim"),
    );
  });
  cards.push(section("Denials", summary.denials.length, denials.length ? el("ul", { class: "list denials" }, denials) : el("p", { class: "muted" }, "No denials.")));

  const events = summary.what.slice(0, 12).map((event, i) =>
    el(
      "li",
      {},
      jumpButton(
        `event-${i}`,
        el("span", { class: "name" }, event.actor || "(no actor)"),
        el("span", { class: "action" }, event.negated ? `not ${event.action}` : event.action),
        event.object ? el("span", { class: "content" }, quote(event.object, 90)) : null,
        event.recipient ? el("span", { class: "recipient" }, `→ ${event.recipient}`) : null,
        event.hedged ? chip("hedged", "hedged") : null,
        event.attributed_to ? el("span", { class: "attributed" }, `per ${event.attributed_to}`) : null,
      ),
    ),
  );
  cards.push(section("Events", summary.what.length, el("ol", { class: "list events" }, events)));

  const numbers = summary.quantities.map((q, i) =>
    el("li", {}, jumpButton(`quantity-${i}`, el("span", { class: "name" }, q.span.text), q.item ? el("span", { class: "content" }, q.item) : null, q.unit ? chip(q.unit, "unit") : null)),
  );
  const dates = summary.dates.map((d, i) =>
    el("li", {}, jumpButton(`date-${i}`, el("span", { class: "name" }, d.span.text), el("code", {}, d.value))),
  );
  cards.push(
    section(
      "Numbers and dates",
      summary.quantities.length + summary.dates.length,
      el("div", { class: "two" }, el("ul", { class: "list compact" }, numbers), el("ul", { class: "list compact" }, dates)),
    ),
  );
  panel.replaceChildren(...cards);
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren(
    ...PARTS.map(({ part, label }) =>
      el(
        "label",
        { class: `toggle toggle-${part}` },
        el("input", {
          type: "checkbox",
          checked: !state.hidden.has(part),
          dataset: { part },
          onchange: (event) => {
            if (event.target.checked) state.hidden.delete(part);
            else state.hidden.add(part);
            $("article").classList.toggle(`hide-${part}`, !event.target.checked);
          },
        }),
        el("span", { class: `swatch hl-${part}` }),
        label,
      ),
    ),
  );
}

// -- flow ------------------------------------------------------------------------------------------

function show(record, how) {
  state.record = record;
  state.jumps.clear();
  renderArticle(record.article.text, collectItems(record.summary));
  renderPanel(record.summary);
  $("article-form").classList.add("reading");
  $("text").hidden = true;
  $("edit").hidden = false;
  const link = $("permalink");
  link.href = `/viewer?id=${record.summary.id.replace(/[^a-z0-9:]/gi, "")}`;
  link.hidden = false;
  history.replaceState(null, "", link.href);
  setStatus(how, "ok");
}

async function summarise() {
  const text = $("text").value;
  if (!text.trim()) {
    setStatus("Paste an article's text first.", "error");
    return;
  }
  const body = { text };
  if ($("title").value.trim()) body.title = $("title").value.trim();
  if ($("published").value.trim()) body.published = $("published").value.trim();
  setStatus("Summarising…", "busy");
  $("submit").disabled = true;
  const started = performance.now();
  try {
    const { body: summary, headers } = await api("/v1/summaries", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const ms = Math.round(performance.now() - started);
    show({ article: { text, title: body.title, published: body.published }, summary }, `Summarised in ${ms} ms (cache ${headers.get("X-Cache") || "?"})`);
  } catch (error) {
    state.retry = summarise;
    setStatus(error.message, "error");
  } finally {
    $("submit").disabled = false;
  }
}

async function reopen(id) {
  setStatus("Opening the cached summary…", "busy");
  try {
    const { body } = await api(`/v1/summaries/${encodeURIComponent(id)}`);
    $("text").value = body.article.text;
    $("title").value = body.article.title || "";
    $("published").value = body.article.published || "";
    show(body, "Reopened from the cache");
  } catch (error) {
    state.retry = () => reopen(id);
    setStatus(error.message, "error");
  }
}

function edit() {
  $("article").hidden = true;
  $("text").hidden = false;
  $("edit").hidden = true;
  $("article-form").classList.remove("reading");
  $("text").focus();
}

function init() {
  renderLegend();
  $("article-form").addEventListener("submit", (event) => {
    event.preventDefault();
    summarise();
  });
  $("edit").addEventListener("click", edit);
  $("key-button").addEventListener("click", () => showKeyPanel());
  // The key form has no submit button of its own: the page's one submit button is "Summarise".
  const useKey = () => {
    state.key = $("key-input").value.trim();
    sessionStorage.setItem(KEY_STORAGE, state.key);
    $("key-panel").hidden = true;
    if (state.retry) state.retry();
  };
  $("key-use").addEventListener("click", useKey);
  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    useKey();
  });
  $("article").addEventListener("click", (event) => {
    const node = event.target.closest("[data-item]");
    if (!node) return;
    const row = document.querySelector(`#panel [data-target="${node.dataset.item}"]`);
    if (row) {
      row.scrollIntoView({ block: "nearest", behavior: "smooth" });
      row.classList.add("flash");
      setTimeout(() => row.classList.remove("flash"), 1600);
    }
  });
  if (state.key) $("key-button").hidden = false;
  const id = new URLSearchParams(location.search).get("id");
  if (id) reopen(id);
}

document.addEventListener("DOMContentLoaded", init);
