#!/usr/bin/env python3
"""Converts pages written for the Thymeleaf Layout Dialect (layout:decorate="~{layout/main}") to plain Thymeleaf
fragments, the form every page has since issue 19 (the dialect cost about a third of the CPU of a page):

    <html xmlns:th="http://www.thymeleaf.org" xmlns:layout="..." layout:decorate="~{layout/main}">
    <head><title th:text="#{x.title}">Titre</title></head>
    <body>
    <div layout:fragment="content">...</div>

becomes

    <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout/main :: page(title=(#{x.title}), content=~{::pageContent})}">
    <body>
    <div th:fragment="pageContent">...</div>

layout/main.html renders the title as "<page title> · <platform name>", as the dialect's title pattern did.

    ops/layout-to-fragments.py                       # every template under src/main/resources/templates and
                                                     # src/test/resources/templates that still uses the dialect
    ops/layout-to-fragments.py path/to/page.html ... # those files only

A template the script cannot convert (not the shape above) is named on stderr and left as it is; the exit status is
then 1. Running it again on converted templates changes nothing.
"""
import pathlib
import re
import sys

ROOTS = ["src/main/resources/templates", "src/test/resources/templates"]

HTML = re.compile(r'<html\b(?P<attrs>[^>]*?)\s+layout:decorate="~\{layout/main\}"(?P<rest>[^>]*)>', re.S)
NAMESPACE = re.compile(r'\s+xmlns:layout="http://www\.ultraq\.net\.nz/thymeleaf/layout"')
HEAD = re.compile(r'[ \t]*<head>\s*<title\s+th:text="(?P<title>[^"]*)"[^>]*>[^<]*</title>\s*</head>[ \t]*\n?', re.S)
CONTENT = re.compile(r'\blayout:fragment="content"')


def convert(text):
    """The converted text, or None when the template is not a page of the expected shape."""
    html = HTML.search(text)
    head = HEAD.search(text)
    if not html or not head or len(CONTENT.findall(text)) != 1 or html.group("rest").strip():
        return None
    title = head.group("title").strip()
    attrs = NAMESPACE.sub("", html.group("attrs"))
    replace = f'th:replace="~{{layout/main :: page(title=({title}), content=~{{::pageContent}})}}"'
    text = text.replace(html.group(0), f"<html{attrs} {replace}>", 1)
    text = HEAD.sub("", text, count=1)
    text = CONTENT.sub('th:fragment="pageContent"', text, count=1)
    return None if "layout:" in text or "ultraq" in text else text


def main(args):
    files = [pathlib.Path(a) for a in args] or [p for root in ROOTS for p in sorted(pathlib.Path(root).rglob("*.html"))]
    failed = converted = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        if "layout:decorate" not in text:
            continue
        result = convert(text)
        if result is None:
            print(f"{path}: not the expected shape (layout:decorate, one <head><title th:text>, one "
                  f'layout:fragment="content"): convert it by hand', file=sys.stderr)
            failed += 1
            continue
        path.write_text(result, encoding="utf-8")
        converted += 1
    print(f"{converted} converted, {failed} left as they were")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
