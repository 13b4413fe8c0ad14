#!/usr/bin/python3
"""Prints, as JSON, what a screen reader sees of the Till whose TILL_DATA_DIR is DIR.

Reads the accessibility tree over AT-SPI (the test D-Bus session's accessibility bus) with
pyatspi, Debian's python3-pyatspi: [{"role", "name", "text"}, ...] for every node of the
application whose process runs with TILL_DATA_DIR=DIR (tests run several Tills at once).
Exit 1 with a message when there is none.
Run with the system Python (/usr/bin/python3), where Debian installs pyatspi.
"""
import json
import sys

import pyatspi


def nodes(accessible, out, depth=0):
    if accessible is None or depth > 60 or len(out) > 5000:
        return out
    try:
        text = ""
        try:
            iface = accessible.queryText()
            text = iface.getText(0, min(iface.characterCount, 300))
        except NotImplementedError:
            pass
        out.append({"role": accessible.getRoleName(), "name": accessible.name or "", "text": text})
        for index in range(accessible.childCount):
            nodes(accessible.getChildAtIndex(index), out, depth + 1)
    except Exception as error:  # a node that went away while walking
        out.append({"role": "error", "name": str(error), "text": ""})
    return out


def data_dir(pid):
    try:
        with open(f"/proc/{pid}/environ", "rb") as environ:
            for entry in environ.read().split(b"\0"):
                if entry.startswith(b"TILL_DATA_DIR="):
                    return entry.split(b"=", 1)[1].decode()
    except OSError:
        pass
    return None


def main():
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        application = desktop.getChildAtIndex(index)
        if application is None or application.name != "till":
            continue
        if data_dir(application.get_process_id()) == wanted:
            print(json.dumps(nodes(application, [])))
            return 0
    print(f"no Till with TILL_DATA_DIR={wanted} is on the accessibility bus", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
