// The participants' page: every text is set with textContent (never as HTML), so what
// people type shows as text. Updates arrive as server-sent events; the clock counts
// down locally between them.
"use strict";

let state = null;
let texts = {};
let deadline = null; // performance.now() at which the item's time is up
let myDots = {};
let shownItem = null; // the item and phase on screen: a message stays only while they do
let lost = false; // the facilitator gave this phone's name to another: the list says so

const $ = (id) => document.getElementById(id);
const show = (id, visible) => { $(id).hidden = !visible; };

// Fails with one sentence in the page's language: the server's reason, else what the
// phone can do (never the browser's "Failed to fetch" or a bare status code).
async function call(path, body) {
  let response;
  try {
    response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch (e) {
    throw new Error(texts.not_sent || texts.offline || String(e));
  }
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  if (response.status === 401) { location.reload(); }
  if (!response.ok) {
    // A 404 without a reason: the facilitator closed the room or opened it anew.
    const fallback = response.status === 404 ? texts.reopen : texts.refused;
    throw new Error(data.error || fallback || String(response.status));
  }
  return data;
}

function say(text, isError) {
  const message = $("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
}

// Sends an act; once done, says what it did (by default that it was sent). A refusal
// reads the state again first, so a page behind the room shows what is now (a name
// given to another phone, an item that ended) beside the reason.
async function act(path, body, done, doneText) {
  say("", false);
  try {
    const answer = await call(path, body);
    if (done) { done(); }
    await refresh();
    say(doneText ? doneText(answer.me) : (texts.sent || ""), false);
  } catch (error) {
    try { await refresh(); } catch (e) { /* offline: the reason is still worth showing */ }
    say(error.message, true);
  }
}

// What joining did: a name being asked for is shown by the "pending" line instead.
function joinedText(me) {
  if (me.pending) { return ""; }
  if (me.participant) { return (texts.joined_named || "").replace("{name}", personName(me.participant)); }
  return me.anonymous ? texts.joined_anonymous || "" : "";
}

function label(id, key) { $(id).textContent = texts[key] || ""; }

// What people typed reads in its own direction (Arabic right to left) in any page.
function typed(element, text) {
  element.textContent = text;
  element.dir = "auto";
}

function labels() {
  document.title = texts.title;
  label("who", "who"); label("claim", "claim"); label("anonymous", "anonymous");
  label("pending", "pending"); label("nothing", "nothing_running");
  label("question-label", "question"); label("time-label", "time_left");
  label("queue-join", "queue_join"); label("queue-leave", "queue_leave");
  label("vote-label", "vote"); label("dots-left-label", "dots_left");
  label("vote-send", "vote_send"); label("results-label", "results");
  label("feedback-label", "feedback"); label("fb-strengths-label", "strengths");
  label("fb-challenges-label", "challenges");
  label("fb-recommendations-label", "recommendations");
  label("fb-transferable-label", "transferable"); label("fb-rating-label", "rating");
  label("feedback-send", "send"); label("answer-send", "send"); label("offline", "offline");
  label("questions-label", "questions"); label("question-text-label", "your_question");
  label("question-send", "ask");
  label("evaluation-label", "evaluation"); label("ev-useful-label", "useful");
  label("ev-keep-label", "keep"); label("ev-change-label", "change");
  label("evaluation-send", "send"); label("evaluated", "evaluated");
  label("consent-title", "consent_title"); label("consent-ok", "consent_ok");
}

function personName(id) {
  const person = state.roster.find((p) => p.id === id);
  return person ? person.name : "";
}

function renderJoin() {
  const me = state.me;
  const joined = me.participant !== null || me.anonymous;
  show("join", !joined || me.pending);
  show("pending", me.pending);
  show("anonymous", state.allow_anonymous === true);
  if (joined || me.pending) { lost = false; }
  $("lost").textContent = texts.name_taken || "";
  show("lost", lost);
  const select = $("roster");
  if (select.options.length !== state.roster.length) {
    const chosen = select.selectedIndex < 0 ? null : select.value;
    select.replaceChildren();
    for (const person of state.roster) {
      const option = document.createElement("option");
      option.value = person.id;
      typed(option, person.name);
      select.appendChild(option);
    }
    // A new list keeps the name chosen; a phone that lost its name has none chosen.
    if (chosen !== null) { select.value = chosen; } else if (lost) { select.selectedIndex = -1; }
  }
  $("claim").disabled = select.selectedIndex < 0;
  $("whoami").textContent = me.participant ? texts.you_are + " " + personName(me.participant)
    : (me.anonymous ? texts.anonymous_name : "");
}

function renderClock() {
  const item = state && state.item;
  if (!item) { return; }
  if (item.paused) { $("time").textContent = texts.paused; return; }
  const left = Math.round((deadline - performance.now()) / 1000);
  // Past its end the clock counts the time over, as the projector says it ("over time").
  label("time-label", left < 0 ? "over_time" : "time_left");
  const seconds = Math.abs(left);
  const minutes = Math.floor(seconds / 60);
  $("time").textContent = minutes + ":" + String(seconds % 60).padStart(2, "0");
}

function renderVote() {
  const vote = state.vote;
  const list = $("options");
  list.replaceChildren();
  const given = Object.values(myDots).reduce((a, b) => a + b, 0);
  $("dots-left").textContent = String(vote.per_person - given);
  for (const option of vote.options) {
    const row = document.createElement("li");
    const text = document.createElement("span");
    text.className = "text";
    typed(text, option.text);
    const count = document.createElement("strong");
    count.textContent = String(myDots[option.id] || 0);
    const minus = document.createElement("button");
    minus.type = "button"; minus.className = "secondary"; minus.textContent = "−";
    minus.addEventListener("click", () => {
      myDots[option.id] = Math.max(0, (myDots[option.id] || 0) - 1); renderVote();
    });
    const plus = document.createElement("button");
    plus.type = "button"; plus.textContent = "+";
    plus.addEventListener("click", () => {
      if (given < vote.per_person && (myDots[option.id] || 0) < vote.per_option) {
        myDots[option.id] = (myDots[option.id] || 0) + 1; renderVote();
      }
    });
    row.append(text, minus, count, plus);
    list.appendChild(row);
  }
  show("results-label", vote.revealed);
  const results = $("results");
  results.replaceChildren();
  for (const result of vote.results || []) {
    const row = document.createElement("li");
    typed(row, result.text + " — " + result.votes + " " + texts.dots);
    results.appendChild(row);
  }
}

function renderQuestions() {
  const list = $("questions");
  list.replaceChildren();
  const upvoted = state.me.upvoted || [];
  for (const question of state.questions || []) {
    const row = document.createElement("li");
    const text = document.createElement("span");
    text.className = "text";
    typed(text, question.text);
    const votes = document.createElement("strong");
    votes.textContent = String(question.votes);
    votes.title = texts.votes;
    const plus = document.createElement("button");
    plus.type = "button"; plus.textContent = "+1";
    plus.setAttribute("aria-label", texts.upvote);
    plus.disabled = upvoted.includes(question.id);
    plus.addEventListener("click", () => act("api/upvote", { question_id: question.id }));
    row.append(text, votes, plus);
    list.appendChild(row);
  }
}

function render() {
  texts = state.texts;
  labels();
  typed($("event"), state.event);
  renderJoin();
  const item = state.item;
  show("nothing", !item && !state.evaluation);
  show("item", !!item);
  for (const section of ["answer", "queue", "vote", "feedback", "questions", "evaluation"]) {
    show("act-" + section, false);
  }
  // Before a name is used, the person reads how their contributions will appear.
  const asking = state.me.participant !== null && !state.me.pending && !state.me.consented;
  show("consent", asking);
  if (asking) {
    $("consent-text").textContent = (texts["consent_" + state.me.appearance] || "")
      .replace("{name}", personName(state.me.participant));
  }
  const joinedNow = (state.me.participant !== null && !asking) || state.me.anonymous;
  if (state.evaluation && joinedNow) {
    show("act-evaluation", true);
    typed($("evaluation-session"), state.evaluation.session);
    show("evaluated", state.me.evaluated === true);
  }
  if (!item) { return; }
  const key = item.title + "\n" + item.phase;
  if (key !== shownItem) { shownItem = key; say("", false); }
  typed($("title"), item.title);
  $("phase").textContent = item.phase;
  typed($("question"), item.question || "");
  show("question-line", !!item.question);
  deadline = performance.now() + item.remaining * 1000;
  renderClock();
  if (!joinedNow) { return; }
  show("act-questions", true);
  renderQuestions();
  if (!item.act) { return; }
  if (item.act === "answer" || item.act === "idea") {
    show("act-answer", true);
    label("answer-label", item.act === "idea" ? "idea" : "your_answer");
  } else if (item.act === "queue" && state.me.participant) {
    show("act-queue", true);
    const place = state.me.place;
    $("queue-status").textContent = state.me.seated ? texts.queue_seated
      : (place ? texts.queue_place.replace("{place}", place) : texts.queue_out);
    show("queue-join", !place && !state.me.seated);
    show("queue-leave", !!place);
  } else if (item.act === "vote") {
    show("act-vote", true);
    renderVote();
  } else if (item.act === "feedback" && state.review.current) {
    show("act-feedback", true);
    const current = state.review.cases.find((c) => c.id === state.review.current);
    typed($("case"), current ? current.name + " — " + current.topic : "");
  }
}

async function refresh() {
  const before = state && state.me.participant;
  state = await call("api/state");
  const me = state.me;
  // The facilitator gave this phone's name to another: the name list is back, saying why,
  // with no name chosen (the lost one would ask for it again at one tap), and what was
  // typed stays in its (hidden) field for when the person chose again.
  if (before && me.participant === null && !me.pending && !me.anonymous) {
    lost = true;
    $("roster").selectedIndex = -1;
    say("", false);
  }
  if (state.vote) { myDots = Object.assign({}, me.dots); }
  render();
}

function listen() {
  const events = new EventSource("api/events");
  events.addEventListener("change", () => { show("offline", false); refresh(); });
  events.onerror = () => {
    show("offline", true);
    // Closed for good (not merely reconnecting): the facilitator removed this phone, so
    // reading the state answers 401 and the page starts again.
    if (events.readyState === EventSource.CLOSED) { refresh().catch(() => {}); }
  };
}

function wire() {
  $("roster").addEventListener("change", () => { $("claim").disabled = false; });
  $("claim").addEventListener("click", () =>
    act("api/join", { participant_id: $("roster").value }, null, joinedText));
  $("consent-ok").addEventListener("click", () =>
    act("api/consent", { appearance: state.me.appearance }, null, () => texts.consented || ""));
  $("anonymous").addEventListener("click", () =>
    act("api/join", { anonymous: true }, null, joinedText));
  $("answer-send").addEventListener("click", () =>
    act("api/answer", { text: $("answer-text").value }, () => { $("answer-text").value = ""; }));
  $("question-send").addEventListener("click", () =>
    act("api/question", { text: $("question-text").value },
      () => { $("question-text").value = ""; }));
  $("evaluation-send").addEventListener("click", () => {
    const useful = $("ev-useful").value;
    const body = { useful: useful ? Number(useful) : null,
      keep: $("ev-keep").value, change: $("ev-change").value };
    act("api/evaluation", body, () => {
      for (const id of ["ev-useful", "ev-keep", "ev-change"]) { $(id).value = ""; }
    });
  });
  $("queue-join").addEventListener("click", () => act("api/queue", { join: true }));
  $("queue-leave").addEventListener("click", () => act("api/queue", { join: false }));
  $("vote-send").addEventListener("click", () => act("api/vote", { dots: myDots }));
  $("feedback-send").addEventListener("click", () => {
    const rating = $("fb-rating").value;
    const fields = ["strengths", "challenges", "recommendations", "transferable"];
    const body = { case_id: state.review.current, rating: rating ? Number(rating) : null };
    for (const field of fields) { body[field] = $("fb-" + field).value; }
    act("api/feedback", body, () => { for (const f of fields) { $("fb-" + f).value = ""; } });
  });
  setInterval(renderClock, 1000);
}

wire();
refresh().then(listen);
