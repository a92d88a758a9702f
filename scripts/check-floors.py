#!/usr/bin/env python3
"""Checks that each folder (floor) of Sources/RDPFile uses only the floors above it, in the
order ARCHITECTURE.md gives. A type is "used" when its name appears as a word outside comments
and string literals."""
import pathlib, re, sys

FLOORS = ["Support", "Encoding", "Syntax", "Catalogue", "Model", "Edit", "Certificates", "Signing",
          "Clients", "Assessment", "Lint", "Fix", "Rewrite", "Triage", "Doctor", "Render"]
root = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "RDPFile"
declared = {}   # type name -> floor
texts = {}      # floor -> code without comments and strings
for floor in FLOORS:
    code = ""
    for path in sorted((root / floor).rglob("*.swift")):
        text = path.read_text()
        text = re.sub(r'"""[\s\S]*?"""', '""', text)
        text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
        text = re.sub(r"//[^\n]*", "", text)
        code += text
        for name in re.findall(r"^\s*(?:public |package |private |fileprivate )?(?:final )?(?:struct|enum|protocol|class|actor) ([A-Z]\w*)", text, re.M):
            declared.setdefault(name, floor)
    texts[floor] = code
unknown = [p.parent.name for p in root.glob("*/*.swift") if p.parent.name not in FLOORS]
problems = [f"{folder}/ is not a floor in scripts/check-floors.py" for folder in sorted(set(unknown))]
for floor in FLOORS:
    level = FLOORS.index(floor)
    for name, home in declared.items():
        if FLOORS.index(home) > level and re.search(rf"\b{name}\b", texts[floor]):
            problems.append(f"{floor} uses {name}, which lives below it in {home}")
if problems:
    print("floors: " + "\n floors: ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"floors: {len(FLOORS)} floors, {len(declared)} types, each used only from its own floor or below")
