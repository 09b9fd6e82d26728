/* protogen gallery: search and filters over every prototype, in plain JavaScript.
   Without JavaScript the page is a plain list (the newest cards, then every month).
   The full index (site/index.js) loads on the first search or filter, so the page stays
   light; it is a script, not JSON fetched with XHR, so it also works from file://. */
(function () {
  "use strict";
  var form = document.getElementById("tools");
  var list = document.getElementById("cards");
  var count = document.getElementById("count");
  var more = document.getElementById("more");
  if (!form || !list) return;
  var PAGE = 60;
  var initial = list.innerHTML;
  var initialCount = count.textContent;
  var shown = PAGE;
  var loading = false;
  var q = document.getElementById("q");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function card(c) {
    var page = "site/prototypes/" + c.s + ".html";
    var li = el("li", { "class": "card" });
    var thumb = el("a", { "class": "thumb", href: page, tabindex: "-1", "aria-hidden": "true" });
    if (c.th) {
      thumb.appendChild(el("img", {
        src: "prototypes/" + c.s + "/" + c.th, alt: "", width: "480", height: "300",
        loading: "lazy", decoding: "async"
      }));
    }
    li.appendChild(thumb);
    var body = el("div", { "class": "body" });
    var h3 = el("h3", { lang: c.l });
    h3.appendChild(el("a", { href: page }, c.n));
    body.appendChild(h3);
    body.appendChild(el("p", { lang: c.l }, c.t));
    var meta = el("p", { "class": "meta" });
    meta.appendChild(el("time", { datetime: c.c }, c.d));
    [c.tp, c.w].forEach(function (x) {
      meta.appendChild(el("span", { "aria-hidden": "true" }, "·"));
      meta.appendChild(el("span", {}, x));
    });
    body.appendChild(meta);
    if (c.g && c.g.length) {
      var tags = el("p", { "class": "meta" });
      c.g.forEach(function (t) { tags.appendChild(el("span", { "class": "chip" }, t)); });
      body.appendChild(tags);
    }
    var links = el("p", { "class": "links" });
    var open = c.a ? el("a", { href: page + "#run" }, "How to run")
                   : el("a", { href: "prototypes/" + c.s + "/" + c.e }, "Open");
    open.appendChild(el("span", { "class": "sr" }, " " + c.n));
    links.appendChild(open);
    var story = el("a", { href: page }, "Storyboard");
    story.appendChild(el("span", { "class": "sr" }, " of " + c.n));
    links.appendChild(story);
    body.appendChild(links);
    li.appendChild(body);
    return li;
  }

  function matches(c, words, wanted) {
    var text = (c.n + " " + c.t + " " + (c.au || "") + " " + c.tp + " " + c.w + " " +
                (c.g || []).join(" ")).toLowerCase();
    for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) === -1) return false;
    if (wanted.tp && c.tp !== wanted.tp) return false;
    if (wanted.w && c.w !== wanted.w) return false;
    if (wanted.m && c.m !== wanted.m) return false;
    if (wanted.g && (c.g || []).indexOf(wanted.g) === -1) return false;
    return true;
  }

  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var wanted = {};
    selects.forEach(function (s) { if (s.value) wanted[s.getAttribute("data-key")] = s.value; });
    if (!words.length && !Object.keys(wanted).length) {
      list.innerHTML = initial;
      count.textContent = initialCount;
      more.hidden = true;
      return;
    }
    var found = window.PROTOGEN_CARDS.filter(function (c) { return matches(c, words, wanted); });
    list.textContent = "";
    found.slice(0, shown).forEach(function (c) { list.appendChild(card(c)); });
    count.textContent = found.length === 1 ? "1 prototype matches." : found.length + " prototypes match.";
    more.hidden = found.length <= shown;
  }

  function ready(then) {
    if (window.PROTOGEN_CARDS) return then();
    if (loading) return;
    loading = true;
    count.textContent = "Loading every prototype…";
    var s = document.createElement("script");
    s.src = "site/index.js";
    s.onload = function () { loading = false; then(); };
    s.onerror = function () { loading = false; count.textContent = "The search index could not be loaded."; };
    document.head.appendChild(s);
  }

  function changed() { shown = PAGE; ready(apply); }
  q.addEventListener("input", changed);
  selects.forEach(function (s) { s.addEventListener("change", changed); });
  more.querySelector("button").addEventListener("click", function () { shown += PAGE; apply(); });
})();
