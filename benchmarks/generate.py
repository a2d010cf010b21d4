#!/usr/bin/env python3
"""Makes the benchmark inputs: N plain pages of about 3 KB of Markdown each.

    benchmarks/generate.py N DIR

writes, reproducibly (same N, same bytes):

    DIR/sitegen/content/   site.yml and pages/sNNN/pNNNNNN.md, for `sitegen build --content`
    DIR/hugo/              the same pages as a Hugo site with minimal layouts
    DIR/floor.md           every body concatenated, for the `cmark` CLI (the floor: Markdown alone)

Each page has front matter (title, summary), headings, a list, links to other pages (with and
without a #fragment) and two fenced code blocks. The sitegen pages link to each other's Markdown
files, which sitegen resolves and checks; the Hugo pages use the equivalent site paths.

    benchmarks/generate.py --hugo-from CONTENT DIR

turns sitegen's real content directory into a Hugo site at DIR, for the real-site comparison.
"""
import os
import random
import shutil
import sys

PAGES_PER_SECTION = 1000

WORDS = ("request response server client header cache proxy origin status body method "
         "redirect retry timeout connection stream token session resource representation "
         "condition range content length encoding negotiation validator authority").split()

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
[markup.goldmark.renderer]
unsafe = false
"""

HUGO_NO_HIGHLIGHT = """[markup.highlight]
codeFences = false
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main id="main">{{ block "main" . }}{{ end }}</main>
</body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
<div class="prose">{{ .Content }}</div></article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
""",
}

SITE_YML = """title: Benchmark
description: Generated pages for sitegen's benchmark.
"""


def section(number):
    return f"s{number // PAGES_PER_SECTION:03d}"


def name(number):
    return f"p{number:06d}"


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def body(number, count, rng, link):
    """The Markdown body of page `number`; `link(target, fragment, text)` writes one link."""
    def other():
        return rng.randrange(count) if count > 1 else number

    parts = [
        f"{sentence(rng)} See {link(other(), None, 'a related page')} and "
        f"{link(other(), 'usage', 'how it is used')}. {sentence(rng)}",
        "",
        "## Overview",
        "",
        " ".join(sentence(rng) for _ in range(5)),
        "",
        f"{sentence(rng)} The *{rng.choice(WORDS)}* part matters, and `{rng.choice(WORDS)}` too. "
        f"{sentence(rng)}",
        "",
        "## Usage",
        "",
        f"- {sentence(rng, 8)}",
        f"- {sentence(rng, 8)} Compare {link(other(), 'examples', 'its examples')}.",
        f"- **{rng.choice(WORDS).title()}**: {sentence(rng, 10)}",
        f"- {sentence(rng, 8)}",
        "",
        "### Details",
        "",
        " ".join(sentence(rng) for _ in range(4)),
        "",
        "1. " + sentence(rng, 9),
        "2. " + sentence(rng, 9),
        "3. " + sentence(rng, 9),
        "",
        "## Examples",
        "",
        "```http",
        f"GET /{rng.choice(WORDS)}/{number} HTTP/1.1",
        "Host: example.org",
        f"Accept: text/html",
        "",
        "HTTP/1.1 200 OK",
        "Content-Type: text/html; charset=utf-8",
        f"Cache-Control: max-age={rng.randrange(60, 86400)}",
        "```",
        "",
        sentence(rng),
        "",
        "```go",
        "func handler(w http.ResponseWriter, r *http.Request) {",
        f"\tw.Header().Set(\"X-{rng.choice(WORDS).title()}\", \"{rng.choice(WORDS)}\")",
        f"\tw.WriteHeader({rng.choice([200, 201, 204, 301, 404])})",
        "\tfmt.Fprintln(w, \"done\")",
        "}",
        "```",
        "",
        "## Notes",
        "",
        " ".join(sentence(rng) for _ in range(4)) + f" Back to {link(other(), 'overview', 'the overview')}.",
        "",
    ]
    return "\n".join(parts)


def front_matter(number, rng):
    title = f"Page {number}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
    summary = sentence(rng, 12)
    return f"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\n---\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def generate(count, root):
    for sub in ("sitegen", "hugo", "floor.md"):
        target = os.path.join(root, sub)
        if os.path.isdir(target):
            shutil.rmtree(target)
        elif os.path.exists(target):
            os.remove(target)
    content = os.path.join(root, "sitegen", "content")
    write(os.path.join(content, "site.yml"), SITE_YML)
    write_hugo_skeleton(os.path.join(root, "hugo"))
    with open(os.path.join(root, "floor.md"), "w", encoding="utf-8") as floor:
        for number in range(count):
            seed = random.Random(number * 7919 + count)
            matter = front_matter(number, seed)
            state = seed.getstate()

            def sitegen_link(target, fragment, text):
                hash_part = f"#{fragment}" if fragment else ""
                return f"[{text}](../{section(target)}/{name(target)}.md{hash_part})"

            def hugo_link(target, fragment, text):
                hash_part = f"#{fragment}" if fragment else ""
                return f"[{text}](/pages/{section(target)}/{name(target)}/{hash_part})"

            markdown = body(number, count, seed, sitegen_link)
            seed.setstate(state)
            hugo_markdown = body(number, count, seed, hugo_link)
            relative = os.path.join("pages", section(number), name(number) + ".md")
            write(os.path.join(content, relative), matter + markdown)
            write(os.path.join(root, "hugo", "content", relative), matter + hugo_markdown)
            floor.write(markdown)
            floor.write("\n")


def write_hugo_skeleton(root, highlight_config=True):
    write(os.path.join(root, "config.toml"), HUGO_CONFIG)
    write(os.path.join(root, "no-highlight.toml"), HUGO_NO_HIGHLIGHT)
    for path, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "layouts", path), text)


def hugo_from(content, root):
    """The real content as a Hugo site: the same Markdown files under content/, minimal layouts."""
    if os.path.isdir(root):
        shutil.rmtree(root)
    write_hugo_skeleton(root)
    for directory, _, files in os.walk(content):
        for file in files:
            if not file.endswith(".md"):
                continue
            source = os.path.join(directory, file)
            relative = os.path.relpath(source, content)
            target = os.path.join(root, "content", relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)


def main(argv):
    if len(argv) == 3 and argv[0] == "--hugo-from":
        hugo_from(argv[1], argv[2])
        return 0
    if len(argv) != 2 or not argv[0].isdigit() or int(argv[0]) < 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    generate(int(argv[0]), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
