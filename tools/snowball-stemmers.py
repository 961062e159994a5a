#!/usr/bin/env python3
"""Writes the browser's Snowball stemmers, src/main/resources/assets/snowball-<name>.js, from the Snowball
sources Lucene's Java stemmers were generated from (lucene-analysis-common 9.12.3: snowball commit
53739a805cfa6c77ff8496dc711dc1c106d987c1), so a query word and an indexed word stem alike.

Usage: tools/snowball-stemmers.py SNOWBALL_CHECKOUT   (a checkout of github.com/snowballstem/snowball at
that commit; the script builds its compiler with make and runs it with -js for each language).

Each file is the compiler's output with its base class (only the methods it calls), made a classic script that registers the stemmer
as window.CoursegenStemmers[name] (a constructor whose stemWord(word) returns the stem). To keep what a
query loads small, the generated code loses its indentation, blank lines and type annotations; nothing
else changes (the source to read is the .sbl file, which the header names).
"""
import pathlib
import re
import subprocess
import sys

COMMIT = "53739a805cfa6c77ff8496dc711dc1c106d987c1"
LANGUAGES = {"porter": "PorterStemmer", "german": "GermanStemmer", "french": "FrenchStemmer",
             "spanish": "SpanishStemmer", "portuguese": "PortugueseStemmer"}
LICENCE = """// Copyright (c) 2001, Dr Martin Porter,
// Copyright (c) 2002, Richard Boulton.
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without modification, are permitted
// provided that the following conditions are met:
// 1. Redistributions of source code must retain the above copyright notice, this list of conditions
//    and the following disclaimer.
// 2. Redistributions in binary form must reproduce the above copyright notice, this list of
//    conditions and the following disclaimer in the documentation and/or other materials provided
//    with the distribution.
// 3. Neither the name of the copyright holder nor the names of its contributors may be used to
//    endorse or promote products derived from this software without specific prior written permission.
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
// WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
// A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
// FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
// LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
// INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
// TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
// ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""


def compact(js):
    """The generated code without comments, type annotations, indentation and blank lines."""
    out = []
    for line in js.splitlines():
        line = re.sub(r"/\*\*[^*]*\*/\s?", "", line).strip()
        if not line or line.startswith("//"):
            continue
        out.append(line)
    return "\n".join(out)


def used_base(base, stemmer):
    """base-stemmer.js with only the methods the stemmer calls (directly, or through a kept method)."""
    lines = base.splitlines()
    methods = {}  # name -> (first line, last line) of "    this.name = function ... };" at four spaces
    start = None
    for i, line in enumerate(lines):
        m = re.match(r"^    (?:/\*\*.*?\*/ )?this\.(\w+) = function", line)
        if m:
            start = (m.group(1), i)
        elif start and line == "    };":
            methods[start[0]] = (start[1], i)
            start = None
    keep = {name for name in methods if re.search(r"\b(base|this)\.%s\b" % name, stemmer)}
    while True:
        more = {name for name in methods if name not in keep
                and any(re.search(r"\bthis\.%s\b" % name, "\n".join(lines[a:b + 1])) for k, (a, b) in methods.items() if k in keep)}
        if not more:
            break
        keep |= more
    drop = set()
    for name, (a, b) in methods.items():
        if name not in keep:
            drop.update(range(a, b + 1))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def main():
    checkout = pathlib.Path(sys.argv[1]).resolve()
    head = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    if head and head != COMMIT:
        sys.exit(f"{checkout} is at {head}, expected {COMMIT} (the commit Lucene's stemmers come from)")
    subprocess.run(["make", "-C", str(checkout), "snowball"], check=True, stdout=subprocess.DEVNULL)
    base_source = (checkout / "javascript" / "base-stemmer.js").read_text()
    assets = pathlib.Path(__file__).resolve().parent.parent / "src" / "main" / "resources" / "assets"
    for name, cls in LANGUAGES.items():
        out = checkout / f"{name}-stemmer"
        subprocess.run([str(checkout / "snowball"), str(checkout / "algorithms" / f"{name}.sbl"), "-js", "-o", str(out)], check=True)
        stemmer = pathlib.Path(f"{out}.js").read_text()
        generated = compact(stemmer)
        base = compact(used_base(base_source, stemmer))
        # The generated code assigns its constructors as globals; inside the wrapper they are local.
        code = re.sub(r"^(BaseStemmer|%s) = function" % cls, r"var \1 = function", base + "\n" + generated, flags=re.M)
        text = (f"// Snowball's {name} stemmer for search queries, from algorithms/{name}.sbl of\n"
                f"// https://github.com/snowballstem/snowball at commit {COMMIT}, the source of Lucene's\n"
                f"// org.tartarus.snowball.ext.{cls}, which stems the index at build time (shared vectors hold\n"
                f"// the two together). Generated by tools/snowball-stemmers.py (Snowball 2.0.0's JavaScript output\n"
                f"// with the methods of javascript/base-stemmer.js it calls, without indentation, comments and type annotations); do not edit.\n"
                f"// Licence of Snowball (BSD-3-Clause):\n//\n" + LICENCE +
                "(function () {\n\"use strict\";\n" + code +
                f"\n(window.CoursegenStemmers = window.CoursegenStemmers || {{}}).{name} = {cls};\n}})();\n")
        (assets / f"snowball-{name}.js").write_text(text)
        print(f"snowball-{name}.js {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
