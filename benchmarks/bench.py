#!/usr/bin/env python3
"""Runs the benchmark that benchmarks/run.sh describes; see that script for the options.

Every figure is the median of several runs; the tools are interleaved (sitegen, Hugo, Hugo
without highlighting, cmark, then again) so that a change in the machine's load hits all of them
alike. Wall time is measured here; CPU (user + system) and peak RSS come from wait4's rusage.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import generate  # noqa: E402


class Sample:
    def __init__(self, wall, cpu, rss_kib):
        self.wall, self.cpu, self.rss = wall, cpu, rss_kib / 1024


def run(command, cwd=None, stdout=subprocess.DEVNULL):
    """Runs `command` once and returns its Sample; a failing command stops the benchmark."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if status != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{errors}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def median(samples):
    return Sample(statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples),
                  statistics.median(s.rss for s in samples) * 1024)


def clear(path):
    if os.path.isdir(path):
        shutil.rmtree(path)


class Bench:
    def __init__(self, args):
        self.args = args
        self.sitegen = args.sitegen
        self.hugo = shutil.which("hugo")
        self.cmark = shutil.which("cmark")
        # sitegen runs from here, so its build cache (.sitegen-cache/) lives here and not in the repository.
        self.workdir = os.path.abspath(os.path.join(args.dir, "cwd"))
        os.makedirs(self.workdir, exist_ok=True)

    def run_sitegen(self, command, cold=False):
        """A full build is cold: no output (the caller clears it) and no build cache, as on a fresh clone."""
        if cold:
            clear(os.path.join(self.workdir, ".sitegen-cache"))
        return run(command, cwd=self.workdir)

    def sitegen_build(self, content, templates, output):
        return [self.sitegen, "build", "--content", content, "--templates", templates, "--output", output]

    def hugo_build(self, site, output, highlight):
        configs = ["config.toml"] + ([] if highlight else ["no-highlight.toml"])
        return [self.hugo, "--quiet", "--source", site, "--config", ",".join(os.path.join(site, c) for c in configs),
                "--destination", output]

    def full_builds(self, root, output_root, runs, tools):
        """Clean full builds of every tool, interleaved; returns the median Sample per tool."""
        content = os.path.join(root, "sitegen", "content")
        templates = os.path.join(root, "templates")
        samples = {name: [] for name in tools}
        for _ in range(runs):
            for name in tools:
                output = os.path.join(output_root, "out-" + name)
                clear(output)
                if name == "sitegen":
                    samples[name].append(self.run_sitegen(self.sitegen_build(content, templates, output), cold=True))
                elif name == "hugo":
                    samples[name].append(run(self.hugo_build(os.path.join(root, "hugo"), output, True)))
                elif name == "hugo-no-highlight":
                    samples[name].append(run(self.hugo_build(os.path.join(root, "hugo"), output, False)))
                elif name == "cmark":
                    samples[name].append(run([self.cmark, os.path.join(root, "floor.md")]))
                clear(output)
        return {name: median(values) for name, values in samples.items()}

    def rebuilds(self, root, output_root, runs):
        """sitegen rebuilds after a full build: nothing changed, one page changed, a template changed."""
        content = os.path.join(root, "sitegen", "content")
        templates = os.path.join(root, "templates")
        output = os.path.join(output_root, "out-rebuild")
        command = self.sitegen_build(content, templates, output)
        page = os.path.join(content, "pages", "s000", "p000000.md")
        template = os.path.join(templates, "page.mustache")
        samples = {"full": [], "no change": [], "one page changed": [], "template changed": []}
        for round_number in range(runs):
            clear(output)
            samples["full"].append(self.run_sitegen(command, cold=True))
            samples["no change"].append(self.run_sitegen(command))
            with open(page, "a", encoding="utf-8") as handle:
                handle.write(f"\nEdited in round {round_number}.\n")
            samples["one page changed"].append(self.run_sitegen(command))
            with open(template, "a", encoding="utf-8") as handle:
                handle.write(f"{{{{! edited in round {round_number} }}}}\n")
            samples["template changed"].append(self.run_sitegen(command))
        clear(output)
        return {name: median(values) for name, values in samples.items()}

    def prepare(self, count, root):
        generate.generate(count, root)
        templates = os.path.join(root, "templates")
        clear(templates)
        shutil.copytree(os.path.join(REPO, "templates"), templates)


def ratio(a, b):
    return f"{a / b:.2f}×" if b else "—"


def print_machine(args):
    print("## Machine")
    print()
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"- {platform.system()} {platform.release()}, {os.cpu_count()} cores ({model}), {memory:.0f} GiB")
    print(f"- load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"- sitegen: {args.sitegen} ({args.build_kind} build)")
    for tool in ("hugo", "cmark"):
        path = shutil.which(tool)
        version = subprocess.run([path, "version" if tool == "hugo" else "--version"], capture_output=True, text=True).stdout.split("\n")[0] if path else "not installed"
        print(f"- {tool}: {version}")
    print(f"- output on {args.dir} (tmpfs when it is /dev/shm)" + (f" and on disk at {args.disk}" if args.disk else ""))
    print(f"- runs per figure: {args.runs} (median)")
    print("- full builds are cold: no output directory and no .sitegen-cache/, as after a fresh clone")
    print()


def print_full_table(rows):
    print("| N | output | tool | wall s | CPU s | peak RSS MiB | wall vs Hugo | wall vs Hugo no-hl | CPU vs Hugo no-hl | wall vs cmark |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for count, place, results in rows:
        hugo, plain, cmark = results.get("hugo"), results.get("hugo-no-highlight"), results.get("cmark")
        for name, sample in results.items():
            cells = [str(count), place, name, f"{sample.wall:.3f}", f"{sample.cpu:.3f}", f"{sample.rss:.0f}"]
            if name == "sitegen":
                cells += [ratio(sample.wall, hugo.wall) if hugo else "—", ratio(sample.wall, plain.wall) if plain else "—",
                          ratio(sample.cpu, plain.cpu) if plain else "—", ratio(sample.wall, cmark.wall) if cmark else "—"]
            else:
                cells += ["", "", "", ""]
            print("| " + " | ".join(cells) + " |")
    print()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--build-kind", default="release")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", default="/dev/shm/sitegen-bench")
    parser.add_argument("--disk", default="")
    parser.add_argument("--disk-size", type=int, default=10000)
    parser.add_argument("--no-real-site", action="store_true")
    args = parser.parse_args()
    # sitegen runs from its own working directory (see Bench.run_sitegen), so every path is made absolute.
    args.dir = os.path.abspath(args.dir)
    args.disk = os.path.abspath(args.disk) if args.disk else ""
    bench = Bench(args)
    tools = ["sitegen"] + (["hugo", "hugo-no-highlight"] if bench.hugo else []) + (["cmark"] if bench.cmark else [])
    sizes = [int(size) for size in args.sizes.split(",")]
    print_machine(args)

    rows, rebuild_rows = [], []
    for count in sizes:
        root = os.path.join(args.dir, str(count))
        print(f"bench: N={count}: generating", file=sys.stderr)
        bench.prepare(count, root)
        runs = args.runs if count < 100000 else max(1, min(args.runs, 2))
        print(f"bench: N={count}: full builds", file=sys.stderr)
        rows.append((count, "tmpfs" if args.dir.startswith("/dev/shm") else "disk", bench.full_builds(root, root, runs, tools)))
        if args.disk and count == args.disk_size:
            disk_root = os.path.join(args.disk, str(count))
            os.makedirs(disk_root, exist_ok=True)
            print(f"bench: N={count}: full builds on disk", file=sys.stderr)
            rows.append((count, "disk", bench.full_builds(root, disk_root, runs, [t for t in tools if t in ("sitegen", "hugo")])))
            clear(disk_root)
        print(f"bench: N={count}: rebuilds", file=sys.stderr)
        rebuild_rows.append((count, bench.rebuilds(root, root, runs)))
        clear(root)

    print("## Full builds (medians)")
    print()
    print_full_table(rows)
    by_size = {count: results for count, place, results in rows if place != "disk"}
    if 10000 in by_size and 100000 in by_size:
        growth = by_size[100000]["sitegen"].wall / by_size[10000]["sitegen"].wall
        print(f"Time growth 10,000 → 100,000 pages: {growth:.1f}× (linear is 10×)")
        print()

    print("## sitegen rebuilds (medians; ratios to the full build of the same round)")
    print()
    print("| N | full s | no change s | one page changed s | template changed s | no change ratio | one page ratio | template ratio | peak RSS MiB (no change) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for count, results in rebuild_rows:
        full = results["full"].wall
        cells = [str(count), f"{full:.3f}"] + [f"{results[k].wall:.3f}" for k in ("no change", "one page changed", "template changed")]
        cells += [ratio(results[k].wall, full) for k in ("no change", "one page changed", "template changed")]
        cells.append(f"{results['no change'].rss:.0f}")
        print("| " + " | ".join(cells) + " |")
    print()

    if not args.no_real_site:
        print_real_site(bench, args)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def print_real_site(bench, args):
    """The real content and templates of this repository, against Hugo over the same Markdown."""
    root = os.path.join(args.dir, "real")
    clear(root)
    output = os.path.join(root, "out")
    command = bench.sitegen_build(os.path.join(REPO, "content"), os.path.join(REPO, "templates"), output)
    samples = {"sitegen full": [], "sitegen no change": [], "hugo full": []}
    if bench.hugo:
        generate.hugo_from(os.path.join(REPO, "content"), os.path.join(root, "hugo"))
    # The real site builds in a fraction of a second, where one slow run moves a median of few: take more.
    for _ in range(max(args.runs, 11)):
        clear(output)
        samples["sitegen full"].append(bench.run_sitegen(command, cold=True))
        samples["sitegen no change"].append(bench.run_sitegen(command))
        if bench.hugo:
            clear(os.path.join(root, "hout"))
            samples["hugo full"].append(run(bench.hugo_build(os.path.join(root, "hugo"), os.path.join(root, "hout"), True)))
    clear(root)
    print("## The real site (content/ and templates/ of this repository; medians)")
    print()
    print("| build | wall s | CPU s | peak RSS MiB |")
    print("|---|---|---|---|")
    medians = {name: median(values) for name, values in samples.items() if values}
    for name, sample in medians.items():
        print(f"| {name} | {sample.wall:.3f} | {sample.cpu:.3f} | {sample.rss:.0f} |")
    if "hugo full" in medians:
        print()
        print(f"sitegen full / Hugo full: {ratio(medians['sitegen full'].wall, medians['hugo full'].wall)}; "
              f"no-change rebuild: {medians['sitegen no change'].wall * 1000:.0f} ms")
    print()


if __name__ == "__main__":
    main()
