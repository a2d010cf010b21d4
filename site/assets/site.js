// sitegen: search, copy buttons, contents and the 404 helper. Plain JavaScript, no dependencies.
(function () {
  "use strict";
  var d = document, $ = function (s) { return d.querySelector(s); };
  var box = $(".search"), input = $("#search-input"), list = $("#search-results"), status = $("#search-status");
  var root = box && box.getAttribute("data-root"), index = null, waiting = [], hits = [], active = -1;

  // The index is a script (fetch is blocked on file://), loaded on first use. Without a known
  // root (the 404 page without base_url) each parent folder is tried until one has it.
  function load(done) {
    if (index) return done();
    if (waiting.push(done) > 1) return;
    var parts = location.pathname.split("/").slice(0, -1);
    var prefixes = root !== null ? [root] : parts.map(function (_, i) { return parts.slice(0, parts.length - i).join("/") + "/"; });
    (function next(i) {
      if (i >= prefixes.length) return;
      var s = d.createElement("script");
      s.src = prefixes[i] + "search-index.js";
      s.onload = function () { root = prefixes[i]; index = self.sitegenSearchIndex || []; waiting.forEach(function (f) { f(); }); };
      s.onerror = function () { s.remove(); next(i + 1); };
      d.head.appendChild(s);
    })(0);
  }

  function norm(s) { return s.toLowerCase().replace(/[^a-z0-9]+/g, ""); }

  // e = [url, title, note, code, constants, headers, former titles, text]; returns [score, matched name].
  function score(e, q) {
    var qn = norm(q), best = 0, hit, tn = norm(e[1].replace(/^\d{3} /, ""));
    if (/^\d+$/.test(qn)) return [!e[3] ? 0 : e[3] == qn ? 1000 : String(e[3]).indexOf(qn) ? 0 : 900 - e[3] % 100];
    function match(list, points, exactOnly, label) {
      list.forEach(function (k) {
        var kn = norm(k);
        if (best < points && (kn == qn || (!exactOnly && qn.length > 4 && kn.slice(-qn.length) == qn))) { best = points; hit = label + k; }
      });
    }
    if (tn == qn) best = 800; else if (tn.indexOf(qn) == 0) best = 600;
    match(e[4], 700, false, "");
    match(e[6], 500, true, "formerly ");
    match(e[5], 450, true, "");
    if (best) return [best, hit];
    var names = (" " + [e[1]].concat(e[4], e[5], e[6]).join(" ")).toLowerCase().replace(/[^a-z0-9]+/g, " ");
    var text = e[7].toLowerCase(), s = 0, words = q.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    for (var i = 0; i < words.length; i++) {
      if (names.indexOf(" " + words[i]) >= 0) s += 40;
      else if (text.indexOf(words[i]) >= 0) s += 5;
      else return [0];
    }
    return [s];
  }

  function show() {
    var q = input.value.trim();
    hits = [];
    if (q) index.forEach(function (e, i) { var r = score(e, q); if (r[0]) hits.push([r[0], i, e, r[1]]); });
    hits = hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; }).slice(0, 8);
    list.textContent = "";
    hits.forEach(function (h, i) {
      var li = d.createElement("li"), note = d.createElement("small");
      li.id = "search-option-" + i;
      li.setAttribute("role", "option");
      li.textContent = h[2][1];
      note.textContent = h[3] || h[2][2];
      li.appendChild(note);
      li.onmousedown = function (ev) { ev.preventDefault(); };
      li.onclick = function () { go(i); };
      list.appendChild(li);
    });
    expand(hits.length > 0);
    status.textContent = q ? (hits.length || "No") + " results" : "";
    select(hits.length ? 0 : -1);
  }

  function expand(open) { list.hidden = !open; input.setAttribute("aria-expanded", String(open)); }

  function select(i) {
    active = i;
    [].forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", String(i == j)); });
    if (i < 0) return input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-activedescendant", "search-option-" + i);
    list.children[i].scrollIntoView({ block: "nearest" });
  }

  // From disk, a folder URL would show a listing: open its index.html.
  function go(i) { if (hits[i]) location.href = root + hits[i][2][0] + (location.protocol == "file:" ? "index.html" : ""); }

  if (box) {
    $(".search-fallback").hidden = true;
    $(".search-box").hidden = false;
    input.onfocus = input.oninput = function () { load(show); };
    input.onblur = function () { expand(false); };
    input.onkeydown = function (ev) {
      var n = hits.length, k = ev.key;
      if (k == "ArrowDown" || k == "ArrowUp") {
        ev.preventDefault();
        if (list.hidden) show(); else if (n) select((active + (k == "ArrowDown" ? 1 : n - 1)) % n);
      } else if (k == "Enter") { ev.preventDefault(); go(Math.max(active, 0)); }
      else if (k == "Escape") { if (list.hidden) input.value = ""; expand(false); }
    };
    d.addEventListener("keydown", function (ev) {
      var t = ev.target;
      if (ev.key == "/" && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
        ev.preventDefault();
        input.focus();
      }
    });
  }

  // Copy buttons on HTTP examples, where the clipboard is available.
  if (navigator.clipboard) d.querySelectorAll(".example").forEach(function (fig) {
    var b = d.createElement("button");
    b.type = "button";
    b.className = "copy-button";
    b.textContent = "Copy";
    b.setAttribute("aria-label", "Copy " + fig.querySelector(".code-scroll").getAttribute("aria-label").toLowerCase());
    b.onclick = function () {
      navigator.clipboard.writeText(fig.querySelector("code").textContent).then(function () {
        b.textContent = "Copied";
        setTimeout(function () { b.textContent = "Copy"; }, 1500);
      });
    };
    fig.appendChild(b);
  });

  // The contents stand open beside the text on wide screens and fold on narrow ones.
  var toc = $(".toc details");
  if (toc && matchMedia("(min-width: 64rem)").matches) toc.open = true;

  // 404: correct the links for the real depth, and offer the codes nearest to a number in the path.
  var nearest = $(".nearest");
  if (nearest && box) load(function () {
    if (box.getAttribute("data-root") === null) d.querySelectorAll("main a, .site-header a").forEach(function (a) {
      var h = a.getAttribute("href");
      if (!/^([a-z]+:|\/|#)/.test(h)) a.href = root + h.replace(/^\.\//, "");
    });
    var m = location.pathname.match(/(?:^|\/)([1-5]\d\d)(?:\/|\.html?)?$/);
    if (!m) return;
    var want = +m[1], family = m[1][0], ul = d.createElement("ul"), p = d.createElement("p");
    var near = index.filter(function (e) { return e[3] && String(e[3])[0] == family; });
    near.sort(function (a, b) { return Math.abs(a[3] - want) - Math.abs(b[3] - want) || a[3] - b[3]; });
    near.slice(0, 3).concat(index.filter(function (e) { return e[0] == family + "xx/"; })).forEach(function (e) {
      var li = d.createElement("li"), a = d.createElement("a");
      a.href = root + e[0];
      a.textContent = e[1];
      li.appendChild(a);
      ul.appendChild(li);
    });
    p.textContent = want + " is not documented here. The nearest codes we document:";
    nearest.append(p, ul);
    nearest.hidden = false;
  });
})();
