#!/usr/bin/env python3
"""Copies into this folder the schemas of the kinds Patchwork's chart renders, from the upstream files named in
SOURCES.md, unchanged: a custom resource's schema is its CRD's openAPIV3Schema for the served version; the
Kubernetes API's are the OpenAPI definitions of the kinds used and every definition they refer to.

    extract.py kubernetes <swagger.json> <out.json> <group/version/Kind>...
    extract.py crd <crd.yaml> <version> <out.json>
"""
import json
import sys

import yaml


def kubernetes(swagger_file, out_file, kinds):
    definitions = json.load(open(swagger_file))["definitions"]
    wanted = []
    for gvk in kinds:
        group_version, kind = gvk.rsplit("/", 1)
        group, version = group_version.rsplit("/", 1) if "/" in group_version else ("", group_version)
        matches = [name for name, d in definitions.items()
                   if {"group": group, "version": version, "kind": kind} in d.get("x-kubernetes-group-version-kind", [])]
        if len(matches) != 1:
            sys.exit(f"{gvk}: {matches}")
        wanted.append(matches[0])
    kept = {}
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept[name] = definitions[name]
        todo.extend(ref.removeprefix("#/definitions/") for ref in refs(definitions[name]))
    json.dump({"definitions": dict(sorted(kept.items()))}, open(out_file, "w"), indent=1, sort_keys=False)
    open(out_file, "a").write("\n")


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def crd(crd_file, version, out_file):
    document = yaml.safe_load(open(crd_file))
    served = [v for v in document["spec"]["versions"] if v["name"] == version and v.get("served")]
    if len(served) != 1:
        sys.exit(f"{crd_file}: no served version {version}")
    json.dump(served[0]["schema"]["openAPIV3Schema"], open(out_file, "w"), indent=1)
    open(out_file, "a").write("\n")


if __name__ == "__main__":
    if sys.argv[1] == "kubernetes":
        kubernetes(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        crd(sys.argv[2], sys.argv[3], sys.argv[4])
