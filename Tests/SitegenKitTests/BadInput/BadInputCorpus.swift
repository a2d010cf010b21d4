/// The bad-input corpus: each case's diagnostics were read and judged by hand, then recorded.
enum BadInputCorpus {
    static let cases: [BadInputCase] = [
        BadInputCase("malformed YAML", [.write("content/codes/303.md", "---\ncode: 303\ntitle: [See Other\n---\nBody.\n")], expected: [
            "content/codes/303.md:4:1: error: malformed YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3)",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("duplicate YAML key", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nsummary: One.\ntitle: Again\n---\nBody.\n")], expected: [
            "content/codes/303.md:5:1: error: duplicate key 'title' (first on line 3); remove one of them",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("tab indentation", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nspec:\n\t- {title: RFC 9110}\n---\nBody.\n")], expected: [
            "content/codes/303.md:5:1: error: line is indented with a tab; YAML indentation must use spaces",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("old Mac CR line ends", [.write("content/codes/303.md", "---\rcode: 303\rtitle: See Other\r---\rBody.\r")], expected: [
            "content/codes/303.md:1:4: error: file ends its lines with a lone carriage return (old Mac style); save it with LF (or CRLF) line ends",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("NUL byte in body", [.bytes("content/codes/303.md", Array("---\ncode: 303\ntitle: See Other\n---\nBefore ".utf8) + [0] + Array(" after.\n".utf8))], expected: [
            "content/codes/303.md:5:8: error: file contains a NUL byte (U+0000), which is not text; remove it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("not UTF-8", [.bytes("content/codes/303.md", Array("---\ncode: 303\ntitle: See ".utf8) + [0xFF, 0xFE] + Array("\n---\n".utf8))], expected: [
            "content/codes/303.md:3:12: error: file is not valid UTF-8 text; save it with UTF-8 encoding",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("YAML list as key", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\n? [a, b]\n: 1\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:7: warning: code 303 has no 'summary'",
            "content/codes/303.md:2:7: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:2:7: warning: code 303 has no 'spec'",
            "content/codes/303.md:2:7: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:2:7: warning: code 303 has no 'related' codes",
            "content/codes/303.md:2:7: warning: code 303 has no example (a fenced code block tagged 'http')",
            "content/codes/303.md:4:3: error: a key must be a plain name, not a list or mapping",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("YAML alias bomb as key", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n? *h\n: boom\n---\nBody.\n")], expected: [
            "content/codes/303.md:6:36: error: more than 16 YAML aliases (*name); sitegen allows 16 so that expanding them stays cheap",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("YAML alias bomb as value", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\nheaders: *f\n---\nBody.\n")], expected: [
            "content/codes/303.md:6:36: error: more than 16 YAML aliases (*name); sitegen allows 16 so that expanding them stays cheap",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code is null", [.write("content/codes/303.md", "---\ncode: ~\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:1: error: 'code' is empty; give the status code, 100-599",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code is an empty string", [.write("content/codes/303.md", "---\ncode: \"\"\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:1: error: 'code' is empty; give the status code, 100-599",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code is not a number", [.write("content/codes/303.md", "---\ncode: abc\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:7: error: 'code' must be a whole number",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code out of range", [.write("content/codes/303.md", "---\ncode: 999\ntitle: Nine\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:7: error: code 999 is out of range; status codes run from 100 to 599",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code missing", [.write("content/codes/303.md", "---\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/303.md:1:1: error: missing required key 'code' (the status code, 100-599)",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("title missing", [.write("content/codes/303.md", "---\ncode: 303\n---\nBody.\n")], expected: [
            "content/codes/303.md:1:1: error: missing required key 'title' (the reason phrase)",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("unknown status", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nstatus: maybe\n---\nBody.\n")], expected: [
            "content/codes/303.md:4:9: error: unknown status 'maybe'; use one of registered, temporary, unused, obsolete, unofficial",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("spec url javascript", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nspec:\n  - {title: RFC 9110, url: \"javascript:alert(1)\"}\n---\nBody.\n")], expected: [
            "content/codes/303.md:5:23: error: spec url 'javascript:alert(1)' uses the 'javascript:' scheme; only http:, https: and relative URLs are allowed",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("spec url data", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nspec:\n  - title: RFC 9110\n    url: \"data:text/html,<script>alert(1)</script>\"\n---\nBody.\n")], expected: [
            "content/codes/303.md:6:5: error: spec url 'data:text/html,<script>alert(1)</script>' uses the 'data:' scheme; only http:, https: and relative URLs are allowed",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("spec url with obfuscated scheme", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nspec:\n  - {title: RFC 9110, url: \" JaVa\\tScript:alert(1)\"}\n---\nBody.\n")], expected: [
            "content/codes/303.md:5:23: error: spec url ' JaVa\\tScript:alert(1)' contains a control character; remove it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("spec entry without title", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nspec:\n  - {url: \"https://example.org\"}\n---\nBody.\n")], expected: [
            "content/codes/303.md:5:6: error: each 'spec' entry needs a 'title'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("base_url javascript", [.write("content/site.yml", "title: Fixture Codes\nbase_url: \"javascript://example.org/%0Aalert(1)\"\n")], expected: [
            "content/site.yml:2:1: error: 'base_url' must be an absolute http: or https: URL such as https://example.org/http/",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("base_url relative", [.write("content/site.yml", "title: Fixture Codes\nbase_url: /docs/\n")], expected: [
            "content/site.yml:2:1: error: 'base_url' must be an absolute http: or https: URL such as https://example.org/http/",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("--base-url javascript", [], arguments: ["--base-url", "javascript://x/%0Aalert(1)"], expected: [
            "sitegen: error: --base-url must be an absolute http: or https: URL such as https://example.org/http/",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("--base-url data", [], arguments: ["--base-url", "data:text/html,x"], expected: [
            "sitegen: error: --base-url must be an absolute http: or https: URL such as https://example.org/http/",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("related not a number", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nrelated: [three]\n---\nBody.\n")], expected: [
            "content/codes/303.md:4:11: error: related code 'three' is not a number",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("unknown related code", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nrelated: [309]\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:7: warning: code 303 has no 'summary'",
            "content/codes/303.md:2:7: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:2:7: warning: code 303 has no 'spec'",
            "content/codes/303.md:2:7: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:2:7: warning: code 303 has no example (a fenced code block tagged 'http')",
            "content/codes/303.md:4:11: error: unknown related code 309",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("legacy set mismatch", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nset: 4\n---\nBody.\n")], expected: [
            "content/codes/303.md:4:6: error: 'set: 4' does not match code 303, which belongs to the 3xx family",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("heading shape family mismatch", [.write("content/codes/303.md", "# 303 See Other\n\n**Family:** 4xx Client Error\n\nBody.\n")], expected: [
            "content/codes/303.md:1:3: warning: code 303 has no 'summary'",
            "content/codes/303.md:1:3: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:1:3: warning: code 303 has no 'spec'",
            "content/codes/303.md:1:3: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:1:3: warning: code 303 has no 'related' codes",
            "content/codes/303.md:1:3: warning: code 303 has no example (a fenced code block tagged 'http')",
            "content/codes/303.md:3:1: error: 'Family: 4xx' does not match code 303, which belongs to the 3xx family",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("heading shape code out of range", [.write("content/codes/303.md", "# 999 Nine\n\nBody.\n")], expected: [
            "content/codes/303.md:1:3: error: code 999 is out of range; status codes run from 100 to 599",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("heading title line of spaces", [.write("content/codes/303.md", "# 303 a" + String(repeating: " ", count: 3000) + "b\n\n## Related Codes\n\n- [309](309.md)\n")], expected: [
            "content/codes/303.md:1:3: warning: code 303 has no 'summary'",
            "content/codes/303.md:1:3: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:1:3: warning: code 303 has no 'spec'",
            "content/codes/303.md:1:3: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:1:3: warning: code 303 has no example (a fenced code block tagged 'http')",
            "content/codes/303.md:5:1: error: unknown related code 309",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("200000 nested emphasis in a heading", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\n---\n## " + String(repeating: "*", count: 200_000) + "x" + String(repeating: "*", count: 200_000) + "\n")], expected: [
            "content/codes/303.md:1:1: error: the Markdown nests 100002 levels deep (block quotes, lists or emphasis inside each other); sitegen allows 1000, so flatten it",
            "content/codes/303.md:2:7: warning: code 303 has no 'summary'",
            "content/codes/303.md:2:7: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:2:7: warning: code 303 has no 'spec'",
            "content/codes/303.md:2:7: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:2:7: warning: code 303 has no 'related' codes",
            "content/codes/303.md:2:7: warning: code 303 has no example (a fenced code block tagged 'http')",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("200000 nested block quotes in a heading-shaped file", [.write("content/codes/303.md", "# 303 See Other\n\n" + String(repeating: "> ", count: 200_000) + "deep\n")], expected: [
            "content/codes/303.md:1:1: error: the Markdown nests 200002 levels deep (block quotes, lists or emphasis inside each other); sitegen allows 1000, so flatten it",
            "content/codes/303.md:1:3: warning: code 303 has no 'summary'",
            "content/codes/303.md:1:3: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:1:3: warning: code 303 has no 'spec'",
            "content/codes/303.md:1:3: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:1:3: warning: code 303 has no 'related' codes",
            "content/codes/303.md:1:3: warning: code 303 has no example (a fenced code block tagged 'http')",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("template includes itself", [.write("templates/page.mustache", "{{<base}}{{$content}}\n{{>page}}\n{{/content}}{{/base}}\n")], expected: [
            "templates/page.mustache:2:1: error: template 'page' includes itself (page → page), which would never finish; remove the inclusion",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("templates include each other", [.write("templates/a.mustache", "{{>b}}\n"), .write("templates/b.mustache", "x {{>a}}\n")], expected: [
            "templates/b.mustache:1:3: error: template 'b' includes itself (a → b → a), which would never finish; remove the inclusion",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("missing partial", [.write("templates/page.mustache", "{{<base}}{{$content}}{{>sidebar}}{{/content}}{{/base}}\n")], expected: [
            "templates/page.mustache:1:22: error: template 'page' uses 'sidebar', but there is no sidebar.mustache",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("template does not parse", [.write("templates/page.mustache", "{{<base}}{{$content}}{{#content}}{{/content}}{{/base}}\n")], expected: [
            "templates/page.mustache:1:49: error: template 'page' does not parse: a section is closed with a different name than the one it opened with",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("required template missing", [.remove("templates/404.mustache")], expected: [
            "sitegen: error: missing template '404': add templates/404.mustache",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("asset is a dangling link", [.link("templates/assets/style.css", to: "$ROOT/nowhere.css")], expected: [
            "templates/assets/style.css:1:1: error: cannot read asset 'assets/style.css': No such file or directory; the site would be published without it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("unknown layout in a code file", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nsummary: x\nlayout: fancy.njk\n---\nBody.\n")], expected: [
            "content/codes/303.md:2:7: warning: code 303 has no 'plain' (the plain-terms line)",
            "content/codes/303.md:2:7: warning: code 303 has no 'spec'",
            "content/codes/303.md:2:7: warning: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:2:7: warning: code 303 has no 'related' codes",
            "content/codes/303.md:2:7: warning: code 303 has no example (a fenced code block tagged 'http')",
            "content/codes/303.md:5:9: error: layout 'fancy' names no template; add fancy.mustache to the templates directory",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("unknown layout in a page", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n\nlayout: wide\n---\nBody.\n")], expected: [
            "content/guides/redirects.md:4:9: error: layout 'wide' names no template; add wide.mustache to the templates directory",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("404.md defines code 303", [.write("content/404.md", "---\ncode: 303\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/404.md:2:7: error: file 404.md defines code 303; rename the file to 303.md or correct the code",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("codes/309.md defines code 303", [.write("content/codes/309.md", "---\ncode: 303\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/309.md:2:7: error: file 309.md defines code 303; rename the file to 303.md or correct the code",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("upper-case extension", [.remove("content/codes/303.md"), .write("content/codes/303.MD", "---\ncode: 303\ntitle: See Other\n---\nBody.\n")], expected: [
            "content/codes/303.MD:1:1: error: the extension of '303.MD' must be lower-case '.md' for sitegen to read it; rename it to '303.md'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("code file is a directory", [.remove("content/codes/303.md"), .directory("content/codes/303.md")], expected: [
            "content/codes/303.md:1:1: error: 'codes/303.md' is a directory, but a Markdown file is expected at that name; move its contents out and replace it with the file",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("site.yml is a directory", [.remove("content/site.yml"), .directory("content/site.yml")], expected: [
            "content/site.yml:1:1: error: site.yml is a directory, not a file; remove it or replace it with the site settings",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page name with #", [.write("content/guides/a#b.md", "---\ntitle: A\n---\nBody.\n")], expected: [
            "content/guides/a#b.md:1:1: error: the file name cannot be a page address: '#' cannot appear in a page address; rename the file without it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page name with a space", [.write("content/guides/a b.md", "---\ntitle: A\n---\nBody.\n")], expected: [
            "content/guides/a b.md:1:1: error: the file name cannot be a page address: it contains a space; use hyphens instead, as in 'retry-after.md'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page name with a newline", [.write("content/guides/a\nb.md", "---\ntitle: A\n---\nBody.\n")], expected: [
            "content/guides/a\\nb.md:1:1: error: the file name cannot be a page address: it contains a control character; rename it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page name with a quote", [.write("content/guides/a\"b.md", "---\ntitle: A\n---\nBody.\n")], expected: [
            "content/guides/a\"b.md:1:1: error: the file name cannot be a page address: '\"' cannot appear in a page address; rename the file without it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("link breaking out of its attribute", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\n[x](/307\"><script>)\n")], expected: [
            "content/guides/redirects.md:4:1: error: broken link '/307\"><script>': no page of the site matches it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("relative link to a number", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\n[x](5)\n")], expected: [
            "content/guides/redirects.md:4:1: error: broken link '5': no page of the site matches it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("relative link to a missing note", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\nSee [x](notes).\n")], expected: [
            "content/guides/redirects.md:4:5: error: broken link 'notes': no page of the site matches it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("relative link out of the site", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\nSee [x](../../../etc/passwd).\n")], expected: [
            "content/guides/redirects.md:4:5: error: broken link '../../../etc/passwd': it climbs out of the site",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("missing Markdown file link", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\nSee [x](../codes/310.md).\n")], expected: [
            "content/guides/redirects.md:4:5: error: broken link '../codes/310.md': no page of the site matches it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("undefined reference label", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\nSee [the spec][rfc] and [nothing][].\n")], arguments: ["--strict"], expected: [
            "content/guides/redirects.md:4:1: error: reference link label 'rfc' is not defined, so the brackets are published as text; add '[rfc]: URL' on a line of its own",
            "content/guides/redirects.md:4:1: error: reference link label 'nothing' is not defined, so the brackets are published as text; add '[nothing]: URL' on a line of its own",
            "sitegen: 2 errors; nothing was written",
        ]),
        BadInputCase("undeclared references key", [.write("content/codes/303.md", "---\ncode: 303\ntitle: See Other\nsummary: s\nplain: p\nspec: [{title: RFC 9110}]\nrelated: [307]\nreferences:\n  go: http.StatusSeeOther\n  pyhton: HTTPStatus.SEE_OTHER\n---\n```http\nHTTP/1.1 303\n```\n")], arguments: ["--strict"], expected: [
            "content/codes/303.md:2:7: error: code 303 has no 'checked' date (the day its facts were last verified, YYYY-MM-DD)",
            "content/codes/303.md:10:3: error: reference key 'pyhton' is not declared in site.yml (declared: go, python); correct it or add it to 'references' there",
            "sitegen: 2 errors; nothing was written",
        ]),
        BadInputCase("unknown front-matter key", [.write("content/guides/redirects.md", "---\ntitle: Choosing\nauthor: me\n---\nBody.\n")], arguments: ["--strict"], expected: [
            "content/guides/redirects.md:3:1: error: unknown front-matter key 'author' is ignored",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("broken fragment", [.write("content/guides/redirects.md", "---\ntitle: Choosing\n---\nSee [x](/307#nowhere).\n")], expected: [
            "content/guides/redirects.md:4:5: error: broken fragment '#nowhere': no element on 307/index.html has that id",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("duplicate code", [.write("content/guides/other.md", "---\ncode: 303\ntitle: See Other Again\n---\nBody.\n")], expected: [
            "content/guides/other.md:2:7: error: code 303 is defined twice: here and in content/codes/303.md",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("empty file", [.write("content/guides/redirects.md", "\n\n")], expected: [
            "content/guides/redirects.md:1:1: error: file is empty; a page needs front matter with at least a 'title'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("unclosed front matter", [.write("content/guides/redirects.md", "---\ntitle: Choosing\nBody.\n")], expected: [
            "content/guides/redirects.md:1:1: error: front matter opened with '---' on line 1 is never closed; add a line with only '---' after the last key",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("front matter is a list", [.write("content/guides/redirects.md", "---\n- title\n---\nBody.\n")], expected: [
            "content/guides/redirects.md:2:1: error: front matter must be a YAML mapping of keys to values",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page claims a family path", [.write("content/3xx.md", "---\ntitle: Three\n---\nBody.\n")], expected: [
            "content/3xx.md:1:1: error: output path 3xx/ is claimed twice: by this page and by the 3xx family index",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page claims 404.html", [.write("content/404.html.md", "---\ntitle: Not found\n---\nBody.\n")], expected: [
            "content/404.html.md:1:1: error: output path 404.html/ would clash with the not-found page 404.html; rename this file",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("page under assets", [.write("content/assets/x.md", "---\ntitle: X\n---\nBody.\n")], expected: [
            "content/assets/x.md:1:1: error: output path assets/x/ is reserved for the template assets; move this page",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("links.broken invalid", [.write("content/site.yml", "title: Fixture Codes\nlinks:\n  broken: maybe\n")], expected: [
            "content/site.yml:3:3: error: 'links.broken' must be 'error' or 'warning', not 'maybe'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("raw_html not a boolean", [.write("content/site.yml", "title: Fixture Codes\nmarkdown:\n  raw_html: sometimes\n")], expected: [
            "content/site.yml:3:13: error: 'raw_html' must be true or false",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output holds a foreign file where a page goes", [.write("content/guides/new.md", "---\ntitle: New\n---\nBody.\n"), .write("site/guides/new/index.html", "mine")], expected: [
            "sitegen: error: site/guides/new/index.html exists but sitegen did not write it (it is not in .sitegen-manifest); move it away, or rename what would replace it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output holds a link where a directory goes", [.remove("site/guides"), .directory("elsewhere"), .link("site/guides", to: "$ROOT/elsewhere")], expected: [
            "sitegen: error: site/guides is a symbolic link; sitegen never writes through a link in the output directory, so remove it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output holds a directory where a page goes", [.remove("site/404.html"), .directory("site/404.html/keep")], expected: [
            "sitegen: error: site/404.html is a directory where sitegen needs to write a file; remove it",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output is a file", [.write("out.txt", "x")], arguments: ["--output", "out.txt"], expected: [
            "sitegen: error: output path 'out.txt' is a file, not a directory",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output resolves into content", [.link("link", to: "$ROOT/content")], arguments: ["--output", "link/site"], expected: [
            "sitegen: error: refusing to write the site into 'link/site': it overlaps the input directory 'content'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output is a link to a foreign directory", [.write("mine/notes.txt", "keep"), .link("mine-link", to: "$ROOT/mine")], arguments: ["--output", "mine-link"], expected: [
            "sitegen: error: refusing to write into 'mine-link': it is not empty and has no .sitegen-manifest, so sitegen did not create it; choose an empty or new directory",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output is the root directory", [], arguments: ["--output", "/"], expected: [
            "sitegen: error: refusing to write the site into '/'; use an output directory such as 'site'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("output is the current directory", [], arguments: ["--output", "."], expected: [
            "sitegen: error: refusing to write the site into the current directory; use an output directory such as 'site'",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("content directory missing", [], arguments: ["--content", "nothing"], expected: [
            "sitegen: error: content directory 'nothing' does not exist",
            "sitegen: 1 error; nothing was written",
        ]),
        BadInputCase("templates directory missing", [], arguments: ["--templates", "nothing"], expected: [
            "sitegen: error: templates directory 'nothing' does not exist",
            "sitegen: 1 error; nothing was written",
        ]),
    ]
}
