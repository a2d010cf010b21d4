import Foundation

/// The script `serve` adds to every page it sends (never to the files `build` writes): it
/// listens for rebuilds over server-sent events, reloads the page when its bytes changed while
/// keeping the scroll position, and shows build errors in an overlay.
enum LiveReloadScript {
    /// Where the server answers for itself; outside any site path a template can produce.
    static let endpointPrefix = "/__sitegen/"
    static let scriptPath = endpointPrefix + "live.js"
    static let eventsPath = endpointPrefix + "events"

    /// Adds one `<script>` element before `</body>`, naming the page and the fingerprint of
    /// the bytes it was built from, so the server can tell a stale page when it reconnects.
    static func inject(into html: Data, page: String, fingerprint: String) -> Data {
        let tag = "<script src=\"\(scriptPath)\" data-page=\"\(HTMLEscaping.escape(page))\" data-fingerprint=\"\(fingerprint)\"></script>\n"
        var result = html
        if let end = html.range(of: Data("</body>".utf8), options: .backwards) {
            result.insert(contentsOf: Data(tag.utf8), at: end.lowerBound)
        } else {
            result.append(Data(tag.utf8))
        }
        return result
    }

    /// The script itself. Diagnostics reach the page only through `textContent`, never as HTML.
    static let source = #"""
    // sitegen serve: live reload and build errors. Not part of the built site.
    (() => {
      const tag = document.currentScript;
      const key = "sitegen-scroll:" + location.pathname;
      const saved = sessionStorage.getItem(key);
      if (saved) {
        sessionStorage.removeItem(key);
        const [x, y] = JSON.parse(saved);
        const restore = () => window.scrollTo(x, y);
        restore();
        addEventListener("load", restore, { once: true });
      }
      const query = new URLSearchParams({ page: tag.dataset.page, fingerprint: tag.dataset.fingerprint });
      let events = null;
      // Only visible tabs keep a connection (a browser allows six per server); a tab that comes
      // back reconnects and is told at once if it went stale or the build is failing.
      const connect = () => {
        events = new EventSource("/__sitegen/events?" + query);
        events.addEventListener("open", () => document.getElementById("sitegen-errors")?.remove());
        events.addEventListener("reload", () => {
          sessionStorage.setItem(key, JSON.stringify([scrollX, scrollY]));
          events.close();
          location.reload();
        });
        events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data)));
      };
      document.addEventListener("visibilitychange", () => {
        if (document.hidden) { events?.close(); events = null; } else if (!events) { connect(); }
      });
      if (!document.hidden) connect();
      function showErrors(lines) {
        document.getElementById("sitegen-errors")?.remove();
        const box = document.createElement("div");
        box.id = "sitegen-errors";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:1rem;z-index:2147483647;overflow:auto;padding:1rem 1.25rem;" +
          "background:#1d1d1f;color:#f5f5f7;border:3px solid #e5484d;border-radius:8px;font:14px/1.5 ui-monospace,monospace";
        const dismiss = document.createElement("button");
        dismiss.textContent = "Dismiss";
        dismiss.style.cssText = "float:right;font:inherit";
        dismiss.onclick = () => box.remove();
        const title = document.createElement("p");
        title.textContent = "sitegen serve: the site did not build. This page is the last good build; fix the problems and it reloads.";
        const list = document.createElement("pre");
        list.style.cssText = "white-space:pre-wrap;color:#ff9592";
        list.textContent = lines.join("\n");
        box.append(dismiss, title, list);
        document.body.append(box);
      }
    })();
    """#
}
