// sitegen: search, copy buttons, contents and the 404 helper. Plain JavaScript, no dependencies.
(function () {
  "use strict";
  var d = document, box = d.querySelector(".search"), input = d.getElementById("search-input");
  var list = d.getElementById("search-results"), status = d.getElementById("search-status");
  var root = box && box.getAttribute("data-root"), index = null, waiting = [], hits = [], active = -1;

  function load(done) {
    if (index) return done();
    waiting.push(done);
    if (waiting.length > 1) return;
    var prefixes = [root];
    if (root === null) { // the 404 page without base_url: find the site root by trying each parent
      var parts = location.pathname.split("/").slice(0, -1);
      prefixes = parts.map(function (_, i) { return parts.slice(0, parts.length - i).join("/") + "/"; });
    }
    (function next(i) {
      if (i >= prefixes.length) return;
      var s = d.createElement("script");
      s.src = prefixes[i] + "search-index.js";
      s.onload = function () {
        root = prefixes[i]; index = self.sitegenSearchIndex || [];
        waiting.forEach(function (f) { f(); });
      };
      s.onerror = function () { s.remove(); next(i + 1); };
      d.head.appendChild(s);
    })(0);
  }

  function norm(s) { return s.toLowerCase().replace(/[^a-z0-9]+/g, ""); }

  // e = [url, title, note, code, constants, headers, former titles, text]
  function score(e, q) {
    var qn = norm(q), best = 0, hit = "";
    if (!qn) return [0];
    if (/^\d+$/.test(qn)) {
      var c = String(e[3]);
      return [!e[3] ? 0 : c == qn ? 1000 : c.indexOf(qn) ? 0 : 900 - e[3] % 100];
    }
    var tn = norm(e[1].replace(/^\d{3} /, ""));
    if (tn == qn) best = 800; else if (tn.indexOf(qn) == 0) best = 600;
    e[4].forEach(function (k) {
      var kn = norm(k);
      if (kn == qn || (qn.length > 4 && kn.slice(-qn.length) == qn)) { if (best < 700) { best = 700; hit = k; } }
    });
    e[5].forEach(function (h) { if (norm(h) == qn && best < 450) { best = 450; hit = h; } });
    e[6].forEach(function (f) { if (norm(f) == qn && best < 500) { best = 500; hit = "formerly " + f; } });
    if (best) return [best, hit];
    var words = q.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean), names = " " + [e[1]].concat(e[4], e[5], e[6]).join(" ").toLowerCase().replace(/[^a-z0-9]+/g, " ");
    var text = e[7].toLowerCase(), s = 0;
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
    if (q && index) {
      index.forEach(function (e, i) { var r = score(e, q); if (r[0]) hits.push([r[0], i, e, r[1]]); });
      hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      hits = hits.slice(0, 8);
    }
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
    list.hidden = !hits.length;
    input.setAttribute("aria-expanded", String(!!hits.length));
    status.textContent = q && index ? hits.length ? hits.length + " results" : "No results" : "";
    select(hits.length ? 0 : -1);
  }

  function select(i) {
    active = i;
    [].forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", String(i == j)); });
    if (i < 0) input.removeAttribute("aria-activedescendant");
    else { input.setAttribute("aria-activedescendant", "search-option-" + i); list.children[i].scrollIntoView({ block: "nearest" }); }
  }

  // From disk, a folder URL would show a listing: open its index.html.
  function go(i) { if (hits[i]) location.href = root + hits[i][2][0] + (location.protocol == "file:" ? "index.html" : ""); }

  function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); }

  if (box) {
    box.querySelector(".search-fallback").hidden = true;
    box.querySelector(".search-box").hidden = false;
    input.addEventListener("focus", function () { load(show); });
    input.addEventListener("input", function () { load(show); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (ev) {
      var n = hits.length, k = ev.key;
      if (k == "ArrowDown" || k == "ArrowUp") {
        ev.preventDefault();
        if (list.hidden) return show();
        if (n) select((active + (k == "ArrowDown" ? 1 : n - 1)) % n);
      } else if (k == "Enter") { ev.preventDefault(); go(active < 0 ? 0 : active); }
      else if (k == "Escape") { if (list.hidden) input.value = ""; close(); }
    });
    d.addEventListener("keydown", function (ev) {
      var t = ev.target.tagName;
      if (ev.key == "/" && !ev.ctrlKey && !ev.metaKey && !ev.altKey && t != "INPUT" && t != "TEXTAREA" && !ev.target.isContentEditable) {
        ev.preventDefault(); input.focus();
      }
    });
  }

  // Copy buttons on HTTP examples, where the clipboard is available.
  if (navigator.clipboard) d.querySelectorAll(".example").forEach(function (fig) {
    var b = d.createElement("button"), code = fig.querySelector("code");
    b.type = "button"; b.className = "copy-button"; b.textContent = "Copy";
    b.setAttribute("aria-label", "Copy " + fig.querySelector(".code-scroll").getAttribute("aria-label").toLowerCase());
    b.onclick = function () {
      navigator.clipboard.writeText(code.textContent).then(function () { b.textContent = "Copied"; setTimeout(function () { b.textContent = "Copy"; }, 1500); });
    };
    fig.appendChild(b);
  });

  // The contents open beside the text on wide screens, folded on narrow ones.
  var toc = d.querySelector(".toc details");
  if (toc && matchMedia("(min-width: 64rem)").matches) toc.open = true;

  // 404: correct links for the real depth, and offer the codes nearest to a number in the path.
  var nearest = d.querySelector(".nearest");
  if (nearest) load(function () {
    if (box.getAttribute("data-root") === null) d.querySelectorAll("main a[href], .site-header a[href]").forEach(function (a) {
      var h = a.getAttribute("href");
      if (!/^([a-z]+:|\/|#)/.test(h)) a.href = root + h.replace(/^\.\//, "");
    });
    var m = location.pathname.match(/(?:^|\/)([1-5])(\d\d)(?:\/|\.html?)?$/);
    if (!m) return;
    var want = +(m[1] + m[2]), near = index.filter(function (e) { return e[3] && Math.floor(e[3] / 100) == m[1]; });
    near.sort(function (a, b) { return Math.abs(a[3] - want) - Math.abs(b[3] - want) || a[3] - b[3]; });
    var p = d.createElement("p"), ul = d.createElement("ul");
    p.textContent = want + " is not documented here. The nearest codes we document:";
    near.slice(0, 3).concat(index.filter(function (e) { return e[0] == m[1] + "xx/"; })).forEach(function (e) {
      var li = d.createElement("li"), a = d.createElement("a");
      a.href = root + e[0]; a.textContent = e[1]; li.appendChild(a); ul.appendChild(li);
    });
    nearest.append(p, ul);
    nearest.hidden = false;
  });
})();
